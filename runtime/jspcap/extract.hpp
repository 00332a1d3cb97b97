// The seed's verbs: a streaming frame range (Reader) and extract(), which writes a report.
#pragma once

#include <bit>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "jspcap/error.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/reassembly.hpp"
#include "jspcap/report.hpp"
#include "jspcap/stream.hpp"
#include "jspcap/trace.hpp"

namespace jspcap {

/// A file that ends inside a record: every complete frame was processed (and written, with the
/// report marked incomplete), then this is thrown.
class CaptureTruncated : public FileError {
 public:
  CaptureTruncated(const std::string& what, std::uint64_t frames) : FileError(what), frames_(frames) {}
  std::uint64_t frames() const noexcept { return frames_; }

 private:
  std::uint64_t frames_;
};

/// Frames of a capture, dissected as they are read:
///   for (const jspcap::Frame& frame : jspcap::Reader{"in.pcap"}) { … }
/// The frame refers to the reader's buffer and is valid until the next one is read.
class Reader {
 public:
  explicit Reader(const std::filesystem::path& path, DissectOptions options = {});

  const FileHeader& header() const noexcept { return capture_.header(); }
  CaptureReader& capture() noexcept { return capture_; }
  /// Reads and dissects the next frame; false at the end of the file. Throws FileError.
  bool next();
  const Frame& frame() const noexcept { return frame_; }

  class iterator {
   public:
    using value_type = Frame;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(Reader* r) : r_(r) { advance(); }
    const Frame& operator*() const noexcept { return r_->frame_; }
    const Frame* operator->() const noexcept { return &r_->frame_; }
    iterator& operator++() { advance(); return *this; }
    void operator++(int) { advance(); }
    bool operator==(std::default_sentinel_t) const noexcept { return r_ == nullptr; }

   private:
    void advance() { if (r_ && !r_->next()) r_ = nullptr; }
    Reader* r_ = nullptr;
  };
  iterator begin() { return iterator(this); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  CaptureReader capture_;
  DissectOptions options_;
  Record record_;
  Frame frame_;
};

/// extract()'s keyword arguments, named and defaulted as in the seed.
struct ExtractOptions {
  std::filesystem::path fin = "in.pcap";   ///< input; ".pcap" is tried when the name does not exist
  std::optional<std::filesystem::path> fout;  ///< output path (naming rules in docs/extract.md)
  std::optional<std::string> format;       ///< json, plist, tree, jsonl, pcap
  bool extension = true;   ///< append the format's extension to an output name that has none
  bool store = true;       ///< keep every frame in memory (Extractor::frames())
  bool files = false;      ///< one file per frame in the directory fout
  bool nofile = false;     ///< write no report
  bool verbose = false;    ///< call on_frame (jspcapy prints " - Frame   1: Ethernet:IPv4:TCP")
  /// default / jspcap, or tshark (alias pyshark): tshark dissects, jspcap's reader supplies the
  /// frame records, the report keeps its shape (docs/report.md). The tshark engine takes none of
  /// the options below that need jspcap's dissection (layer, protocol, ip, ipv4, ipv6, tcp,
  /// strict=false, trace, flows, decode_as_files); decode_as goes to tshark's -d.
  std::string engine = "default";
  std::string layer;       ///< stop after the first layer of this kind (link, internet, …)
  std::string protocol;    ///< stop after this protocol (name, alias or umbrella)
  /// Decode-as overrides in tshark's form, "udp.port==4789,vxlan" (see decode_as.hpp); they
  /// win over the specs' bindings for this run, after those of decode_as_files.
  std::vector<std::string> decode_as;
  /// YAML files of decode-as overrides (load_decode_as()).
  std::vector<std::filesystem::path> decode_as_files;
  /// Protocol specs (files or folders) loaded at run time before dissecting (load_specs() in
  /// jspcap/specs.hpp): they stay loaded for the process. Notices: Extractor::notices().
  std::vector<std::filesystem::path> specs;
  std::function<void(const Frame&)> on_frame;   ///< called for every frame when set
  /// With engine tshark (which does not call on_frame): every frame's record and tshark's tree.
  std::function<void(const Record&, const FrameTree&)> on_tree;
  bool ip = false;         ///< reassemble IPv4 and IPv6 fragments (the seed's ip)
  bool ipv4 = false;       ///< reassemble IPv4 fragments
  bool ipv6 = false;       ///< reassemble IPv6 fragments
  bool strict = true;      ///< the seed's strict: incomplete datagrams are not dissected
  ReassemblyOptions reassembly;   ///< timeout, limits, overlap policy (docs/reassembly.md)
  /// Called for every datagram handed on, with its dissected payload (or null).
  std::function<void(const Datagram&, const Frame*)> on_datagram;
  /// Reassemble TCP streams (IP fragments are put together first, reported only with ip/ipv4/
  /// ipv6) and analyse their messages (HTTP): each direction of each connection and each
  /// message is added to the report.
  bool tcp = false;
  StreamOptions streams;    ///< timeout and buffer limits (docs/reassembly.md)
  MessageLimits messages;   ///< head and body limits of analysed messages
  std::function<void(const StreamPayload&)> on_stream;   ///< each direction, when its connection closes
  std::function<void(const Message&)> on_message;        ///< each message, when it completes
  /// Trace TCP flows: each connection's frames to a file of its own in trace_fout, plus an
  /// index.json (the seed's trace, trace_fout, trace_format, trace_byteorder, trace_nanosecond).
  bool trace = false;
  std::optional<std::filesystem::path> trace_fout;   ///< default "trace"
  std::optional<std::string> trace_format;           ///< default pcap
  std::string trace_byteorder = std::endian::native == std::endian::big ? "big" : "little";
  bool trace_nanosecond = false;
  /// Write each TCP direction's reassembled bytes to a file of its own in this directory, plus
  /// an index.json (implies tcp).
  std::optional<std::filesystem::path> flows;
};

/// A datagram kept by extract(store=true), with its payload dissected (when it was).
struct StoredDatagram {
  Datagram datagram;
  std::optional<Frame> payload;   ///< refers to datagram.payload
};

/// A connection's direction kept by extract(store=true).
struct StoredStream {
  Connection connection;
  StreamPayload payload;   ///< payload.connection points at connection
};

/// What extract(store=true) reassembled.
struct Reassembled {
  std::vector<std::unique_ptr<StoredDatagram>> datagrams;   ///< every datagram, in order handed on
  std::vector<const StoredDatagram*> ipv4, ipv6;             ///< the same, by fragment protocol
  std::vector<std::unique_ptr<StoredStream>> tcp;            ///< each direction of each connection
  std::vector<Message> messages;                             ///< analysed messages (HTTP)
};

/// A frame kept by extract(store=true): owns a copy of its bytes.
struct StoredFrame {
  std::vector<std::uint8_t> bytes;
  Frame frame;
};

class Extractor;
namespace detail {
Extractor extract_with_tshark(const ExtractOptions& options);   ///< extract() with engine tshark
}

class Extractor {
 public:
  std::uint64_t length() const noexcept { return length_; }
  const FileHeader& header() const noexcept { return header_; }
  const std::filesystem::path& input() const noexcept { return input_; }
  /// "jspcap" or "tshark" (the seed's engine).
  const std::string& engine() const noexcept { return engine_; }
  /// Throws UnsupportedCall with nofile.
  const std::filesystem::path& output() const;
  Format format() const;
  /// Throws UnsupportedCall unless store was set, and with engine tshark (its frames are not
  /// jspcap Frames: on_tree gets them).
  const std::vector<std::unique_ptr<StoredFrame>>& frames() const;
  /// What was reassembled (the seed's reassembly: .ipv4, .ipv6, .tcp); throws UnsupportedCall
  /// unless store and a reassembly switch (ip, ipv4, ipv6, tcp) were set (never with tshark).
  const Reassembled& reassembly() const;
  /// Fragments seen, datagrams completed, timed out, evicted, dropped.
  const ReassemblyStats& reassembly_stats() const noexcept { return reassembly_stats_; }
  /// Segments, connections, gaps, retransmitted bytes, buffer flushes.
  const StreamStats& stream_stats() const noexcept { return stream_stats_; }
  /// The trace index (one record per flow); throws UnsupportedCall unless trace and store were set.
  const std::vector<FlowRecord>& trace_index() const;
  /// Notices from loading ExtractOptions::specs (a spec replacing a compiled protocol).
  const std::vector<std::string>& notices() const noexcept { return notices_; }

 private:
  friend Extractor extract(const ExtractOptions&);
  friend Extractor detail::extract_with_tshark(const ExtractOptions&);
  std::uint64_t length_ = 0;
  std::string engine_ = "jspcap";
  FileHeader header_;
  std::filesystem::path input_, output_;
  std::optional<Format> format_;
  bool stored_ = false;
  std::vector<std::unique_ptr<StoredFrame>> frames_;
  bool reassembled_ = false;
  Reassembled reassembly_;
  ReassemblyStats reassembly_stats_;
  StreamStats stream_stats_;
  bool traced_ = false;
  std::vector<FlowRecord> trace_index_;
  std::vector<std::string> notices_;
};

/// Resolved output: where and in what format (exposed for the CLI and tests).
struct OutputPlan {
  std::optional<Format> format;
  std::filesystem::path path;   ///< file, or directory when files
  bool files = false;
};
/// The seed's naming rules: throws FormatError when no format can be determined.
OutputPlan plan_output(const ExtractOptions& options);
/// The input path after the ".pcap" rule; throws FileNotFound.
std::filesystem::path resolve_input(const std::filesystem::path& fin);

/// Reads `options.fin`, dissects every frame and writes the report. Throws FileNotFound,
/// FileError (CaptureTruncated after writing what could be read), FormatError,
/// ProtocolUnbound, LayerError, EngineError.
Extractor extract(const ExtractOptions& options);

}  // namespace jspcap

namespace jspcap {

/// The seed's reassemble(protocol, strict): a reassembler for "IPv4", "IPv6" or "TCP"
/// (case-insensitive) that keeps what it hands on. Feed it frames; fetch the results:
///   auto r = jspcap::reassemble("TCP");
///   for (const Frame& f : Reader{"in.pcap"}) r.feed(f);
///   r.finish();
///   for (const auto& s : r.streams()) … s->payload.payload …
/// Throws FormatError("Unsupported reassembly protocol: X") for any other name.
class Reassembly {
 public:
  Reassembly(std::string_view protocol, bool strict, ReassemblyOptions ip = {}, StreamOptions tcp = {});
  Reassembly(Reassembly&&) noexcept;
  Reassembly& operator=(Reassembly&&) noexcept;
  ~Reassembly();
  /// "IPv4", "IPv6" or "TCP".
  const std::string& protocol() const noexcept;
  void feed(const Frame& frame);
  void finish();
  /// IPv4/IPv6: the datagrams handed on (complete, or not under strict).
  const std::vector<std::unique_ptr<StoredDatagram>>& datagrams() const noexcept;
  /// TCP: each direction of each connection, when it closed.
  const std::vector<std::unique_ptr<StoredStream>>& streams() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};
Reassembly reassemble(std::string_view protocol, bool strict = true);

/// The seed's trace(fout, format, byteorder, nanosecond): TCP flows written to files in `fout`
/// as frames are fed, with index.json at finish(), which returns the index.
class TraceFlow {
 public:
  explicit TraceFlow(TraceOptions options);
  TraceFlow(TraceFlow&&) noexcept;
  TraceFlow& operator=(TraceFlow&&) noexcept;
  ~TraceFlow();
  void feed(const Frame& frame);
  const std::vector<FlowRecord>& finish();
  const std::vector<FlowRecord>& index() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};
/// `format`: any report format (default pcap); `byteorder`: "little" or "big" (default: this
/// machine's). Throws FormatError for an unknown format or byte order.
TraceFlow trace(const std::filesystem::path& fout = "trace", std::string_view format = "pcap",
                std::string_view byteorder = std::endian::native == std::endian::big ? "big" : "little",
                bool nanosecond = false);

}  // namespace jspcap
