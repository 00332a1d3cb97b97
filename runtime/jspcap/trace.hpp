// trace: each connection (a flow: both directions) written to a file of its own, with an index;
// and flows: each direction's reassembled bytes written to a file of its own ("follow stream,
// save as"), with an index. Both are stream consumers, so they work while the capture streams
// by; open files are bounded (least recently used ones are closed and reopened when needed).
#pragma once

#include <bit>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jspcap/report.hpp"
#include "jspcap/stream.hpp"

namespace jspcap {

/// Files kept open for appending or writing at an offset, at most `max_open` at a time.
class FileCache {
 public:
  explicit FileCache(std::size_t max_open = 64) : max_open_(max_open) {}
  ~FileCache();
  FileCache(const FileCache&) = delete;
  FileCache& operator=(const FileCache&) = delete;
  /// The file at `path`, created (truncated) the first time it is asked for, reopened
  /// (keeping its contents) after it was closed to make room. Throws FileError.
  std::FILE* get(const std::filesystem::path& path);
  /// Closes it for good (it is not reopened unless asked for again).
  void release(const std::filesystem::path& path);
  void close_all();

 private:
  struct Entry {
    std::FILE* file = nullptr;
    std::list<std::string>::iterator age;
  };
  void close(Entry& e, const std::string& path);
  std::size_t max_open_;
  std::unordered_map<std::string, Entry> open_;
  std::list<std::string> ages_;
  std::unordered_set<std::string> created_;
};

struct TraceOptions {
  std::filesystem::path dir = "trace";   ///< created if missing
  Format format = Format::pcap;          ///< per-flow file format
  bool big_endian = std::endian::native == std::endian::big;   ///< pcap byte order (the seed's trace_byteorder)
  bool nanosecond = false;               ///< pcap timestamps in nanoseconds (the seed's trace_nanosecond)
  std::size_t max_open_files = 64;
};

/// One flow of the trace index.
struct FlowRecord {
  std::string label;            ///< jspcap's {src}_{srcport}-{dst}_{dstport}-{timestamp}
  std::filesystem::path file;
  std::uint64_t stream = 0;     ///< the connection's index (tcp.stream)
  std::string protocol, src, dst;
  std::uint64_t srcport = 0, dstport = 0;
  std::uint64_t first_frame = 0, last_frame = 0;
  std::string first_time, last_time;   ///< epoch seconds, exact
  std::uint64_t packets = 0, bytes = 0;
  std::string end;              ///< why it ended: fin, reset, timeout, evicted, end_of_file
};

/// Writes each connection's frames to <dir>/<label>.<ext> and, at finish(), <dir>/index.json.
class FlowTracer : public StreamConsumer {
 public:
  explicit FlowTracer(TraceOptions options, bool keep_index = false);
  ~FlowTracer() override;
  void open(const Connection& c) override;
  void packet(const Connection& c, int dir, const Frame& frame) override;
  void close(const Connection& c) override;
  /// The flow's file and index entry are finished when the connection is forgotten, so the
  /// packets after its close (the last ACK, retransmissions) are in it, as in tshark's tcp.stream.
  void forget(const Connection& c) override;
  /// Writes the index (atomically: it appears whole or not at all). Call after the
  /// reassembler's finish().
  void finish();
  /// The index, when kept (extract(store=true)).
  const std::vector<FlowRecord>& index() const noexcept { return index_; }
  const TraceOptions& options() const noexcept { return options_; }

 private:
  struct Flow {
    FlowRecord record;
    std::filesystem::path pcap;     ///< the frames (for a non-pcap format: a temporary pcap)
    std::filesystem::path numbers;  ///< non-pcap: the frames' numbers, 8 bytes each
    std::uint32_t linktype = 0;
  };
  void write_record(Flow& f, const Frame& frame);
  void convert(Flow& f);

  TraceOptions options_;
  bool keep_index_;
  FileCache files_;
  std::unordered_map<std::uint64_t, Flow> flows_;
  std::unordered_set<std::string> labels_;
  std::FILE* index_tmp_ = nullptr;
  std::filesystem::path index_tmp_path_;
  std::uint64_t indexed_ = 0;
  std::vector<FlowRecord> index_;
};

/// Writes each direction's reassembled bytes to <dir>/<SRCIP.SRCPORT-DSTIP.DSTPORT> (tcpflow's
/// names: IPv4 octets and ports zero-padded; "c1", "c2" … for later connections on the same
/// ends), each byte at its stream offset (a gap stays a hole of zeros), and at finish()
/// <dir>/index.json listing every file with its gaps.
class FlowFiles : public StreamConsumer {
 public:
  explicit FlowFiles(std::filesystem::path dir, std::size_t max_open_files = 64);
  ~FlowFiles() override;
  void open(const Connection& c) override;
  void data(const Connection& c, int dir, std::uint64_t offset, Bytes b, std::uint64_t frame) override;
  void gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) override;
  void close(const Connection& c) override;
  void finish();

 private:
  struct Dir {
    std::string name;
    std::uint64_t length = 0, first_frame = 0, last_frame = 0;
    std::string gaps;   ///< JSON array items
    bool written = false;
  };
  std::filesystem::path dir_;
  FileCache files_;
  std::unordered_map<std::uint64_t, std::unique_ptr<Dir[]>> open_;
  std::unordered_map<std::string, std::uint64_t> seen_;   ///< base name -> connections so far
  std::FILE* index_tmp_ = nullptr;
  std::filesystem::path index_tmp_path_;
  std::uint64_t indexed_ = 0;
};

/// jspcap's flow label: {src}_{srcport}-{dst}_{dstport}-{seconds}_{fraction}, with every '.'
/// and ':' of the addresses and time turned into '_'.
std::string flow_label(const Connection& c);
/// tcpflow's name for direction `dir`: 192.168.001.002.00080-010.000.000.001.54321.
std::string flow_file_name(const Connection& c, int dir);

}  // namespace jspcap
