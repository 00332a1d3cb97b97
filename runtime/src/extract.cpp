#include "jspcap/extract.hpp"

#include "jspcap/decode_as.hpp"
#include "jspcap/specs.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "tshark.hpp"

namespace jspcap {
namespace fs = std::filesystem;
namespace {

/// An output file written under a temporary name and renamed into place by commit(), so a
/// failed run never leaves a file that looks complete.
class AtomicFile {
 public:
  explicit AtomicFile(fs::path path) : path_(std::move(path)) {
    // A device, pipe or socket (/dev/stdout, a FIFO) is written directly: renaming a temporary
    // file over it would replace it.
    std::error_code ec;
    const auto st = fs::status(path_, ec);
    direct_ = !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st);
    if (!ec && fs::is_directory(st))
      throw FileError(fmt::format("{}: cannot create output: it is a directory", path_.string()));
    tmp_ = path_;
    if (!direct_) tmp_ += fmt::format(".tmp-{}", ::getpid());
    file_ = std::fopen(tmp_.c_str(), "wb");
    if (!file_)
      throw FileError(fmt::format("{}: cannot create output: {}", path_.string(), std::strerror(errno)));
  }
  ~AtomicFile() {
    if (file_) std::fclose(file_);
    if (!committed_ && !direct_) {
      std::error_code ignored;
      fs::remove(tmp_, ignored);
    }
  }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::FILE* get() const noexcept { return file_; }
  void commit() {
    const int rc = std::fclose(file_);
    file_ = nullptr;
    if (rc != 0) throw FileError(fmt::format("{}: write failed: {}", path_.string(), std::strerror(errno)));
    committed_ = true;
    if (direct_) return;
    committed_ = false;
    std::error_code ec;
    fs::rename(tmp_, path_, ec);
    if (ec) throw FileError(fmt::format("{}: cannot move output into place: {}", path_.string(), ec.message()));
    committed_ = true;
  }

 private:
  fs::path path_, tmp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
  bool direct_ = false;
};

Format resolve_format(const std::string& name) {
  if (auto f = parse_format(name)) return *f;
  throw FormatError(fmt::format("unknown output format '{}' (known: json, plist, tree, jsonl, pcap)", name));
}

/// Writes one complete document per frame (and the Global Header last) into a directory.
class FilesSink {
 public:
  FilesSink(fs::path dir, Format format) : dir_(std::move(dir)), format_(format) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec || !fs::is_directory(dir_))
      throw FileError(fmt::format("{}: cannot create output directory: {}", dir_.string(),
                                  ec ? ec.message() : "a file of that name exists"));
  }
  void frame(const FileHeader& header, const Frame& f) {
    write(fmt::format("Frame {}", f.number()), [&](ReportWriter& w) {
      if (format_ == Format::pcap) w.global_header(header);
      w.frame(f);
    });
  }
  void frame(const FileHeader& header, const Record& r, const FrameTree& t) {
    write(fmt::format("Frame {}", r.number), [&](ReportWriter& w) {
      if (format_ == Format::pcap) w.global_header(header);
      w.frame(r, t);
    });
  }
  // Reassembled datagrams, streams and messages: a file each (none in pcap, which holds frames).
  void datagram(const Datagram& d, const Frame* payload) {
    if (format_ != Format::pcap) write(fmt::format("Reassembled {}", ++datagrams_), [&](ReportWriter& w) { w.datagram(d, payload); });
  }
  void stream(const StreamPayload& p) {
    if (format_ != Format::pcap)
      write(fmt::format("Stream {}.{}", p.connection->index, p.dir), [&](ReportWriter& w) { w.stream(p); });
  }
  void message(const Message& m) {
    if (format_ != Format::pcap)
      write(fmt::format("{} {}", info(m.protocol).name, m.number), [&](ReportWriter& w) { w.message(m); });
  }
  void finish(const FileHeader& header, std::string_view error) {
    if (format_ == Format::pcap) return;  // every frame file carries its own pcap header
    write("Global Header", [&](ReportWriter& w) { w.global_header(header); });
    // A damaged capture: why the set is incomplete, in a file of its own.
    if (!error.empty()) write("Error", [](ReportWriter&) {}, error);
  }

 private:
  template <class Body>
  void write(const std::string& name, Body body, std::string_view error = {}) {
    const fs::path path = dir_ / (name + "." + format_extension(format_));
    AtomicFile out(path);
    auto w = ReportWriter::create(format_, out.get(), path.string());
    w->begin_document();
    body(*w);
    w->end_document(error);
    out.commit();
  }
  fs::path dir_;
  Format format_;
  std::uint64_t datagrams_ = 0;
};

/// Opens the report: a file per entry, or one document (its writer over an AtomicFile, the
/// Global Header written).
void open_report(const OutputPlan& plan, const FileHeader& header, std::unique_ptr<AtomicFile>& file,
                 std::unique_ptr<ReportWriter>& writer, std::unique_ptr<FilesSink>& files) {
  if (plan.files) {
    files = std::make_unique<FilesSink>(plan.path, *plan.format);
    return;
  }
  file = std::make_unique<AtomicFile>(plan.path);
  writer = ReportWriter::create(*plan.format, file->get(), plan.path.string());
  writer->write_in_background();  // formatting overlaps the kernel's copy of the output
  writer->begin_document();
  writer->global_header(header);
}

}  // namespace

// ---- Reader ----------------------------------------------------------------------------------

Reader::Reader(const fs::path& path, DissectOptions options) : capture_(path), options_(std::move(options)) {}

bool Reader::next() {
  if (!capture_.next(record_)) return false;
  dissect(record_, frame_, options_);
  return true;
}

// ---- extract ---------------------------------------------------------------------------------

fs::path resolve_input(const fs::path& fin) {
  std::error_code ec;
  if (fs::exists(fin, ec)) return fin;
  if (fin.extension() != ".pcap") {
    fs::path with = fin;
    with += ".pcap";
    if (fs::exists(with, ec)) return with;
  }
  throw FileNotFound(fmt::format("[Errno 2] No such file or directory: '{}'", fin.string()));
}

OutputPlan plan_output(const ExtractOptions& o) {
  OutputPlan plan;
  if (o.format) plan.format = resolve_format(*o.format);
  if (o.nofile) return plan;
  if (!o.fout) {
    if (!plan.format) throw FormatError("Output format unspecified.");
    plan.files = o.files;
    plan.path = o.files ? fs::path("out") : fs::path(std::string("out.") + format_extension(*plan.format));
    return plan;
  }
  const fs::path& fout = *o.fout;
  if (fout.has_extension()) {
    // An explicit file name: used as given, one file, format from the extension if not named.
    if (!plan.format) {
      plan.format = format_for_extension(fout.extension().string());
      if (!plan.format)
        throw FormatError(fmt::format("Output format unspecified: cannot tell it from '{}' "
                                      "(use -f, or an extension .json .plist .txt .jsonl .pcap)",
                                      fout.string()));
    }
    plan.path = fout;
    return plan;
  }
  if (!plan.format) throw FormatError(fmt::format("Output format unspecified for '{}'.", fout.string()));
  plan.files = o.files;
  plan.path = fout;
  if (!o.files && o.extension) plan.path += std::string(".") + format_extension(*plan.format);
  return plan;
}

Extractor extract(const ExtractOptions& o) {
  if (o.engine == "tshark" || o.engine == "pyshark") return detail::extract_with_tshark(o);
  if (o.engine != "default" && o.engine != "jspcap")
    throw EngineError(fmt::format("engine '{}' is not available; this build has: default, jspcap, tshark (or pyshark)", o.engine));
  // Run-time specs first: -P may name one of their protocols.
  std::vector<std::string> notices = o.specs.empty() ? std::vector<std::string>{} : load_specs(o.specs);
  DissectOptions dopts;
  if (!o.protocol.empty() && o.protocol != "null") dopts.stop_after_protocol(o.protocol);
  if (!o.layer.empty() && o.layer != "None") {
    const auto kind = find_layer(o.layer);
    if (!kind) throw LayerError(fmt::format("unknown layer '{}' (known: link, internet, transport, application)", o.layer));
    dopts.stop_layer = *kind;
  }
  // Decode-as overrides hold for this run; a bad one is refused before any output exists.
  std::vector<DecodeAs> overrides;
  for (const auto& file : o.decode_as_files) {
    auto loaded = load_decode_as(file);
    overrides.insert(overrides.end(), std::make_move_iterator(loaded.begin()), std::make_move_iterator(loaded.end()));
  }
  for (const auto& text : o.decode_as) overrides.push_back(parse_decode_as(text));
  const ScopedDecodeAs decode_as_scope(std::move(overrides));
  const OutputPlan plan = plan_output(o);

  Extractor x;
  x.notices_ = std::move(notices);
  x.input_ = resolve_input(o.fin);
  x.stored_ = o.store;
  x.format_ = plan.format;
  x.output_ = plan.path;
  Reader reader(x.input_, dopts);
  x.header_ = reader.header();

  std::unique_ptr<AtomicFile> file;
  std::unique_ptr<ReportWriter> writer;
  std::unique_ptr<FilesSink> files;
  if (!o.nofile) open_report(plan, reader.header(), file, writer, files);

  // IP reassembly: datagrams follow the frame of their last fragment in the report. TCP
  // reassembly needs it too (a fragmented segment arrives whole), reported or not.
  const bool report_datagrams = o.ip || o.ipv4 || o.ipv6;
  const bool tcp = o.tcp || o.flows.has_value();
  std::optional<IpReassembler> reassembler;
  if (report_datagrams || tcp || o.trace) {
    ReassemblyOptions ropts = o.reassembly;
    ropts.strict = o.strict;
    ropts.protocols.clear();
    if (o.ip || o.ipv4 || !report_datagrams) ropts.protocols.push_back(ProtocolId::ipv4);
    if (o.ip || o.ipv6 || !report_datagrams) ropts.protocols.push_back(ProtocolId::ipv6_frag);
    reassembler.emplace(ropts);
    x.reassembled_ = true;
  }

  // TCP: streams, messages, trace and flow files are consumers of one stream reassembler.
  std::optional<StreamReassembler> streams;
  std::optional<StreamCollector> collector;
  std::optional<MessageAnalyser> analyser;
  std::optional<FlowTracer> tracer;
  std::optional<FlowFiles> flow_files;
  if (tcp || o.trace) {
    streams.emplace(o.streams);
    // Collecting whole streams and parsing messages cost copies: done only when something
    // takes the result (a report, a callback, store).
    const bool keep_streams = writer || files || o.on_stream || o.store;
    const bool keep_messages = writer || files || o.on_message || o.store;
    if (tcp && keep_streams) {
      collector.emplace([&](const StreamPayload& p) {
        if (writer) writer->stream(p);
        if (files) files->stream(p);
        if (o.on_stream) o.on_stream(p);
        if (o.store) {
          auto kept = std::make_unique<StoredStream>();
          kept->connection = *p.connection;
          kept->payload = p;
          kept->payload.connection = &kept->connection;
          x.reassembly_.tcp.push_back(std::move(kept));
        }
      });
      streams->add(*collector);
    }
    if (tcp && keep_messages) {
      analyser.emplace(
          [&](Message&& m) {
            if (writer) writer->message(m);
            if (files) files->message(m);
            if (o.on_message) o.on_message(m);
            if (o.store) x.reassembly_.messages.push_back(std::move(m));
          },
          o.messages);
      streams->add(*analyser);
    }
    if (o.trace) {
      TraceOptions topts;
      topts.dir = o.trace_fout.value_or("trace");
      topts.format = resolve_format(o.trace_format.value_or("pcap"));
      if (o.trace_byteorder != "little" && o.trace_byteorder != "big")
        throw FormatError(fmt::format("trace byte order '{}' is neither little nor big", o.trace_byteorder));
      topts.big_endian = o.trace_byteorder == "big";
      topts.nanosecond = o.trace_nanosecond;
      tracer.emplace(topts, o.store);
      streams->add(*tracer);
      x.traced_ = true;
    }
    if (o.flows) {
      flow_files.emplace(*o.flows);
      streams->add(*flow_files);
    }
  }

  const Frame* current = nullptr;
  Frame payload;
  auto on_datagram = [&](Datagram&& d) {
    const bool dissected = dissect_datagram(d, payload, o.strict, dopts);
    if (report_datagrams) {
      if (writer) writer->datagram(d, dissected ? &payload : nullptr);
      if (files) files->datagram(d, dissected ? &payload : nullptr);
      if (o.on_datagram) o.on_datagram(d, dissected ? &payload : nullptr);
    }
    // A whole TCP segment: its addresses are the fragments' (the current frame's).
    if (streams && current && d.completed && dissected) streams->feed(payload, current);
    if (report_datagrams && o.store) {
      auto kept = std::make_unique<StoredDatagram>();
      kept->datagram = std::move(d);
      if (dissected) {
        kept->payload.emplace();
        dissect_datagram(kept->datagram, *kept->payload, o.strict, dopts);
      }
      const StoredDatagram* p = kept.get();
      (p->datagram.protocol == ProtocolId::ipv4 ? x.reassembly_.ipv4 : x.reassembly_.ipv6).push_back(p);
      x.reassembly_.datagrams.push_back(std::move(kept));
    }
  };

  std::string truncated;
  for (;;) {
    try {
      if (!reader.next()) break;
    } catch (const FileError& e) {
      // A damaged record ends the file: keep every complete frame, mark the report incomplete.
      truncated = e.what();
      break;
    }
    const Frame& f = reader.frame();
    current = &f;
    ++x.length_;
    if (writer) writer->frame(f);
    if (files) files->frame(reader.header(), f);
    if (o.on_frame) o.on_frame(f);
    const bool fragment = reassembler && reassembler->feed(f, on_datagram);
    if (streams && !fragment) streams->feed(f);
    if (o.store) {
      auto kept = std::make_unique<StoredFrame>();
      kept->bytes.assign(f.data().begin(), f.data().end());
      Record r = f.record();
      r.data = Bytes{kept->bytes.data(), kept->bytes.size()};
      dissect(r, kept->frame, dopts);
      x.frames_.push_back(std::move(kept));
    }
  }
  if (reassembler) {
    reassembler->finish(on_datagram);
    x.reassembly_stats_ = reassembler->stats();
  }
  if (streams) {
    streams->finish();
    x.stream_stats_ = streams->stats();
  }
  if (tracer) {
    tracer->finish();
    x.trace_index_ = tracer->index();
  }
  if (flow_files) flow_files->finish();
  if (writer) {
    writer->end_document(truncated);
    file->commit();
  }
  if (files) files->finish(reader.header(), truncated);
  if (!truncated.empty()) throw CaptureTruncated(truncated, x.length_);
  return x;
}

// ---- extract() with tshark ---------------------------------------------------------------------

namespace detail {
namespace {

/// Options that need jspcap's own dissection or reassembly are refused, not ignored.
void refuse_native_only(const ExtractOptions& o) {
  const auto refuse = [&](std::string_view option) {
    throw EngineError(fmt::format("{} is supported by the jspcap engine only, not with -E {}", option, o.engine));
  };
  if (o.flows) refuse("--flows");
  if (o.trace) refuse("--trace");
  if (o.tcp) refuse("--tcp");
  if (o.ip) refuse("--ip");
  if (o.ipv4) refuse("--ipv4");
  if (o.ipv6) refuse("--ipv6");
  if (!o.strict) refuse("--no-strict");
  if (!o.protocol.empty() && o.protocol != "null") refuse("-P/--protocol");
  if (!o.layer.empty() && o.layer != "None") refuse("-L/--layer");
  if (!o.decode_as_files.empty()) refuse("--decode-as-file");
  if (!o.specs.empty()) refuse("--spec");
}

}  // namespace

// tshark dissects; jspcap's reader reads the same file alongside and supplies each frame's
// record (timestamps at the file's precision, bytes, link type, interface), so the frame keys are
// the native engine's. The two must agree frame by frame.
Extractor extract_with_tshark(const ExtractOptions& o) {
  refuse_native_only(o);
  const OutputPlan plan = plan_output(o);
  Extractor x;
  x.engine_ = "tshark";
  x.input_ = resolve_input(o.fin);
  x.stored_ = o.store;
  x.format_ = plan.format;
  x.output_ = plan.path;
  const std::string name = x.input_.string();

  std::vector<std::string> extra;
  for (const auto& d : o.decode_as) {
    extra.push_back("-d");
    extra.push_back(d);
  }
  Tshark tshark(x.input_, extra);
  std::optional<CaptureReader> reader;
  try {
    reader.emplace(x.input_);
  } catch (const FileError& e) {
    // A file neither reads gets tshark's word on it.
    tshark.read([](TsharkPacket&) {});
    const TsharkExit exit = tshark.wait();
    if (!exit.ok) throw FileError(fmt::format("{}: tshark cannot read it ({}): {}", name, exit.status, exit.message));
    throw FileError(fmt::format("{} (tshark reads it, but the tshark engine takes each frame's record from jspcap's reader)", e.what()));
  }
  x.header_ = reader->header();

  std::unique_ptr<AtomicFile> file;
  std::unique_ptr<ReportWriter> writer;
  std::unique_ptr<FilesSink> files;
  if (!o.nofile) open_report(plan, x.header_, file, writer, files);

  Record record;
  std::string truncated;   // jspcap's reader stopped at a damaged record
  // The next record, or false at the end of the file or a damaged record.
  auto next_record = [&] {
    if (!truncated.empty()) return false;
    try {
      return reader->next(record);
    } catch (const FileError& e) {
      truncated = e.what();
      return false;
    }
  };
  const bool parsed = tshark.read([&](TsharkPacket& p) {
    if (!next_record())
      throw EngineError(fmt::format("{}: tshark read frame {}, jspcap's reader {}", name, p.number,
                                    truncated.empty() ? "found no more frames" : "stopped: " + truncated));
    if (p.number != record.number || p.len != record.wire_len || p.cap_len != record.cap_len)
      throw EngineError(fmt::format("{}: frame {}: tshark and jspcap's reader disagree (tshark: frame {}, "
                                    "len {}, cap_len {}; jspcap: len {}, cap_len {})",
                                    name, record.number, p.number, p.len, p.cap_len, record.wire_len, record.cap_len));
    ++x.length_;
    if (writer) writer->frame(record, p.tree);
    if (files) files->frame(x.header_, record, p.tree);
    if (o.on_tree) o.on_tree(record, p.tree);
  });
  const bool more = parsed && next_record();
  const TsharkExit exit = tshark.wait();
  // tshark stopping on a damaged record where jspcap's reader did is the native engine's
  // incomplete report; any other failure of tshark's leaves no report.
  if (!exit.ok && (truncated.empty() || !parsed))
    throw FileError(fmt::format("{}: tshark failed ({}) after {} frames: {}", name, exit.status, x.length_, exit.message));
  if (!parsed) throw EngineError(fmt::format("{}: tshark's output is not valid JSON: {}", name, tshark.parse_error()));
  if (more)
    throw EngineError(fmt::format("{}: tshark read {} frames, jspcap's reader has more (frame {})", name, x.length_, record.number));
  if (writer) {
    writer->end_document(truncated);
    file->commit();
  }
  if (files) files->finish(x.header_, truncated);
  if (!truncated.empty()) throw CaptureTruncated(truncated, x.length_);
  return x;
}

}  // namespace detail

const fs::path& Extractor::output() const {
  if (!format_ || output_.empty()) throw UnsupportedCall("no output: extract() ran with nofile");
  return output_;
}

Format Extractor::format() const {
  if (!format_) throw UnsupportedCall("no output format: extract() ran with nofile");
  return *format_;
}

const Reassembled& Extractor::reassembly() const {
  if (engine_ != "jspcap")
    throw UnsupportedCall(fmt::format("no reassembly: extract() ran with engine '{}'", engine_));
  if (!stored_) throw UnsupportedCall("reassembly was not stored: extract() ran with store=false");
  if (!reassembled_) throw UnsupportedCall("no reassembly: extract() ran without ip, ipv4, ipv6 or tcp");
  return reassembly_;
}

const std::vector<FlowRecord>& Extractor::trace_index() const {
  if (!traced_) throw UnsupportedCall("no trace: extract() ran without trace");
  if (!stored_) throw UnsupportedCall("the trace index was not stored: extract() ran with store=false");
  return trace_index_;
}

const std::vector<std::unique_ptr<StoredFrame>>& Extractor::frames() const {
  if (engine_ != "jspcap")
    throw UnsupportedCall(fmt::format("no frames: extract() ran with engine '{}', whose frames are not jspcap's "
                                      "(on_tree gets each one)", engine_));
  if (!stored_) throw UnsupportedCall("frames were not stored: extract() ran with store=false");
  return frames_;
}

}  // namespace jspcap
