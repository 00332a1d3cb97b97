// Report writers: JSON, PLIST, TREE, JSON Lines and PCAP, written while reading.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "jspcap/frame.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/reassembly.hpp"
#include "jspcap/stream.hpp"

namespace jspcap {

enum class Format : std::uint8_t { json, plist, tree, jsonl, pcap };

/// "json", "plist", "tree" (or "txt"), "jsonl", "pcap"; case-insensitive.
std::optional<Format> parse_format(std::string_view name) noexcept;
/// The format an output file's extension implies: .json .plist .txt .jsonl .pcap (with or
/// without the dot), or nothing.
std::optional<Format> format_for_extension(std::string_view extension) noexcept;
/// The extension written for a format, without the dot ("txt" for tree).
const char* format_extension(Format f) noexcept;
const char* format_name(Format f) noexcept;

/// A frame another engine dissected (-E tshark): its protocol tree, written through the same
/// writers as jspcap's own frames so the report keeps its shape.
struct FrameTree {
  std::string protocols;   ///< the engine's chain, e.g. tshark's frame.protocols "eth:ethertype:ip:tcp"
  std::string error;       ///< the first problem the engine reported, or empty
  /// The layers, an object: the first layer's key holds its fields and the next layer, nested
  /// as jspcap nests its own ({"eth": {…, "ip": {…, "tcp": {…}}}}).
  nlohmann::ordered_json layers = nlohmann::ordered_json::object();
};

/// Streams one report document. Calls: begin_document(), then global_header() and frame() in
/// any order the format allows, then end_document(). Nothing is held per frame.
class ReportWriter {
 public:
  /// Writes to `out` (not owned); `out_name` names it in error messages.
  static std::unique_ptr<ReportWriter> create(Format format, std::FILE* out, std::string out_name);
  virtual ~ReportWriter();

  virtual void begin_document() = 0;
  virtual void global_header(const FileHeader& header) = 0;
  virtual void frame(const Frame& frame) = 0;
  /// A frame dissected by another engine: the frame keys come from `record` as for frame(),
  /// the layers, chain and error from `tree`. The PCAP writer writes the record.
  virtual void frame(const Record& record, const FrameTree& tree) = 0;
  /// A reassembled (or abandoned) datagram, after the frame of its last fragment; `payload` is
  /// its dissected payload, or null when it was not dissected (incomplete under strict). The
  /// PCAP writer writes frames only.
  virtual void datagram(const Datagram& d, const Frame* payload) = 0;
  /// One direction of a reassembled connection ("Stream N.D"), when the connection closed.
  virtual void stream(const StreamPayload& p) = 0;
  /// A message found by analysis ("HTTP N"), when it completed.
  virtual void message(const Message& m) = 0;
  /// Closes the document. A non-empty `error` is recorded in it (an "Error" entry) so a report
  /// of a damaged capture never looks complete.
  virtual void end_document(std::string_view error = {}) = 0;
  /// Hands full output buffers to a second thread that writes them, so formatting goes on while
  /// the kernel copies: two buffers of about 1 MiB, one being filled, one being written. Call
  /// before begin_document(). A failed write is reported by the next call that writes.
  virtual void write_in_background() {}

 protected:
  ReportWriter(std::FILE* out, std::string out_name);
  void write(const char* data, std::size_t n);  ///< throws FileError on a failed write
  void flush();
  std::FILE* out_;
  std::string out_name_;
};

}  // namespace jspcap
