// jspcapy: PCAP file extractor and formatted exporter (the seed's command line).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "jspcap/build.hpp"
#include "jspcap/capture_writer.hpp"
#include "jspcap/jspcap.hpp"

namespace {

constexpr const char* kUsage =
    "usage: jspcapy [-h] [-V] [-o file-name] [-f format] [-j] [-p] [-t] [-a] [-v]\n"
    "               [-F] [-n] [-E PKG] [-P PROTOCOL] [-L LAYER]\n"
    "               [--ip] [--ipv4] [--ipv6] [--strict | --no-strict] [--tcp]\n"
    "               [--trace DIR] [--trace-format FMT] [--trace-byteorder ORDER]\n"
    "               [--trace-nanosecond] [--flows DIR]\n"
    "               [-d TABLE==VALUE,PROTOCOL] [--decode-as-file FILE]\n"
    "               [--spec PATH] [--no-spec-path] [--lint-specs DIR] [--rebuild]\n"
    "               input-file-name\n";

constexpr const char* kHelp =
    "\nPCAP file extractor and formatted exporter\n\n"
    "positional arguments:\n"
    "  input-file-name       The name of input pcap file. If \".pcap\" omits, it will\n"
    "                        be automatically appended.\n\n"
    "optional arguments:\n"
    "  -h, --help            show this help message and exit\n"
    "  -V, --version         show program's version number and exit\n"
    "  -o file-name, --output file-name\n"
    "                        The name of output file. If format extension omits,\n"
    "                        it will be automatically appended (with -a).\n"
    "  -f format, --format format\n"
    "                        Print a extraction report in the specified output\n"
    "                        format. Available are json, plist, tree, jsonl and pcap.\n"
    "  -j, --json            Display extraction report as json. This will yield\n"
    "                        \"raw\" output that may be used by external tools. This\n"
    "                        option overrides all other options.\n"
    "  -p, --plist           Display extraction report as macOS Property List\n"
    "                        (plist). This will yield \"raw\" output that may be used\n"
    "                        by external tools. This option overrides all other\n"
    "                        options.\n"
    "  -t, --tree            Display extraction report as tree view text. This will\n"
    "                        yield \"raw\" output that may be used by external tools.\n"
    "                        This option overrides all other options.\n"
    "  -a, --auto-extension  If output file extension omits, append automatically.\n"
    "  -v, --verbose         Show more information.\n"
    "  -F, --files           Split each frame into different files.\n"
    "  -n, --nofile          Dissect without writing a report.\n"
    "  -E PKG, --engine PKG  Indicate extraction engine. Note that except default\n"
    "                        or jspcap engine, all other engines need support of\n"
    "                        corresponding packages. Available: default, jspcap,\n"
    "                        tshark (alias pyshark; needs tshark on PATH): tshark\n"
    "                        dissects, the report keeps jspcap's shape. With\n"
    "                        tshark, -d goes to tshark; -P, -L, --ip, --ipv4,\n"
    "                        --ipv6, --no-strict, --tcp, --trace, --flows and\n"
    "                        --decode-as-file are refused.\n"
    "  -P PROTOCOL, --protocol PROTOCOL\n"
    "                        Indicate extraction stops after which protocol.\n"
    "  -L LAYER, --layer LAYER\n"
    "                        Indicate extract frames until which layer.\n"
    "  --ip                  Reassemble IPv4 and IPv6 fragments; each datagram follows\n"
    "                        the frame of its last fragment in the report.\n"
    "  --ipv4, --ipv6        Reassemble fragments of that version only.\n"
    "  --strict              Do not dissect incomplete datagrams (the default).\n"
    "  --no-strict           Dissect incomplete datagrams too (holes zero-filled).\n"
    "  --tcp                 Reassemble TCP streams and analyse their messages (HTTP):\n"
    "                        each direction of each connection (\"Stream N.D\") and\n"
    "                        each message (\"HTTP N\") is added to the report.\n"
    "  --trace DIR           Trace TCP flows: each connection's frames to a file of\n"
    "                        its own in DIR, plus DIR/index.json.\n"
    "  --trace-format FMT    Format of the flow files (default pcap; any of -f's).\n"
    "  --trace-byteorder ORDER\n"
    "                        Byte order of the flow pcaps: little or big (default:\n"
    "                        this machine's).\n"
    "  --trace-nanosecond    Nanosecond timestamps in the flow pcaps.\n"
    "  --flows DIR           Write each TCP direction's reassembled bytes to a file\n"
    "                        of its own in DIR (named as tcpflow does), plus\n"
    "                        DIR/index.json; implies --tcp.\n"
    "  -d TABLE==VALUE,PROTOCOL, --decode-as TABLE==VALUE,PROTOCOL\n"
    "                        Decode what a dispatch table binds to VALUE (a number\n"
    "                        or a range A-B) as PROTOCOL, as tshark's -d does:\n"
    "                        udp.port==4789,vxlan. Repeatable; later ones win.\n"
    "  --decode-as-file FILE A YAML file of such overrides (see docs/decode-as.md).\n"
    "  --spec PATH           Load a protocol spec (a YAML file, or a folder of them)\n"
    "                        at run time: no rebuild. One named like a compiled\n"
    "                        protocol replaces it, with a notice. Repeatable. The\n"
    "                        folders in JSPCAP_SPEC_PATH (':'-separated) and\n"
    "                        ~/.config/jspcap/specs are loaded first.\n"
    "  --no-spec-path        Do not load JSPCAP_SPEC_PATH or ~/.config/jspcap/specs.\n"
    "  --rebuild             With -f pcap -o OUT: rebuild every frame from its dissected\n"
    "                        fields; frames that cannot be rebuilt exactly are copied and\n"
    "                        counted on stderr with the reason.\n"
    "  --lint-specs DIR      Check a specs folder as the generator does (every\n"
    "                        problem as FILE:LINE: field 'x': what) and exit.\n"
    "\nexit status: 0 success; 1 error (nothing written); 2 the capture ends inside a\n"
    "record (the report holds every complete frame and is marked incomplete).\n";

struct Args {
  jspcap::ExtractOptions x;
  bool json = false, plist = false, tree = false;
  std::string format;
  bool spec_path = true;
  bool rebuild = false;
};

[[noreturn]] void usage_error(const std::string& message);

/// --rebuild: every frame dissected, then rebuilt from its dissected fields through the generated
/// builders (jspcap/build.hpp); frames that cannot be rebuilt exactly are copied through and
/// counted by reason on stderr. Writes a temporary file and renames it into place.
int rebuild(const Args& a) {
  namespace fs = std::filesystem;
  if (a.x.format != "pcap" && a.x.format != "pcapng")
    usage_error("--rebuild writes a capture: give -f pcap (or -f pcapng)");
  if (!a.x.fout || a.x.fout->empty()) usage_error("--rebuild needs -o OUT");
  jspcap::CaptureReader in(a.x.fin);
  const jspcap::FileHeader& h = in.header();
  const fs::path out_path = *a.x.fout;
  const fs::path tmp = out_path.string() + ".tmp-" + std::to_string(::getpid());
  std::FILE* out = std::fopen(tmp.c_str(), "wb");
  if (!out) throw jspcap::FileError(fmt::format("{}: cannot write: {}", tmp.string(), std::strerror(errno)));
  std::map<std::string, std::uint64_t> copied;
  std::uint64_t frames = 0, rebuilt = 0;
  try {
    jspcap::CaptureOptions co;
    co.format = a.x.format == "pcapng" ? jspcap::CaptureFormat::pcapng : jspcap::CaptureFormat::pcap;
    co.linktype = h.linktype;
    co.nanosecond = h.nanosecond;
    co.big_endian = h.big_endian;
    co.snaplen = h.snaplen ? h.snaplen : 262144;
    jspcap::CaptureWriter w(out, out_path.string(), co);
    jspcap::Record r;
    jspcap::Frame frame;
    jspcap::Packet packet;
    std::string reason;
    std::vector<std::uint8_t> buf(1 << 18);
    while (in.next(r)) {
      if (r.linktype == jspcap::kLinktypeNone) continue;   // a pcapng custom block: not a packet
      if (r.linktype != co.linktype)
        throw jspcap::FormatError(fmt::format("{}: frame {} has link type {} but the output has {}; one link type "
                                              "per file", a.x.fin.string(), r.number, r.linktype, co.linktype));
      ++frames;
      jspcap::dissect(r, frame);
      bool ok = jspcap::packet_from_frame(frame, packet, reason);
      if (ok) {
        try {
          const jspcap::BuildOptions lenient{.strict = false};
          const std::size_t n = packet.size(lenient);
          if (n > buf.size()) buf.resize(n);
          packet.build(buf, lenient);
          ok = n == r.data.size() && std::equal(buf.begin(), buf.begin() + static_cast<long>(n), r.data.begin());
          if (!ok) reason = "rebuilt bytes differ";
          else w.write(r, jspcap::Bytes{buf.data(), n});
        } catch (const jspcap::BuildError& e) {
          ok = false;
          reason = std::string("cannot build: ") + e.what();
        }
      }
      if (ok) {
        ++rebuilt;
      } else {
        ++copied[reason];
        if (a.x.verbose) std::printf(" - Frame %3llu: copied: %s\n", static_cast<unsigned long long>(r.number), reason.c_str());
        w.write(r, r.data);
      }
    }
    w.flush();
  } catch (...) {
    std::fclose(out);
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
  if (std::fclose(out) != 0) throw jspcap::FileError(fmt::format("{}: write failed", tmp.string()));
  fs::rename(tmp, out_path);
  std::fprintf(stderr, "jspcapy: rebuilt %llu of %llu frames from their fields\n",
               static_cast<unsigned long long>(rebuilt), static_cast<unsigned long long>(frames));
  for (const auto& [why, n] : copied)
    std::fprintf(stderr, "jspcapy: copied %llu frame(s): %s\n", static_cast<unsigned long long>(n), why.c_str());
  return 0;
}

/// --lint-specs DIR: the generator's --lint, by the run-time loader.
[[noreturn]] void lint_and_exit(const std::string& dir) {
  try {
    const auto errors = jspcap::lint_specs(dir);
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (!errors.empty()) std::fprintf(stderr, "jspcapy: %zu error(s) in the specs\n", errors.size());
    std::exit(errors.empty() ? 0 : 1);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jspcapy: %s\n", e.what());
    std::exit(1);
  }
}

[[noreturn]] void usage_error(const std::string& message) {
  std::fprintf(stderr, "%sjspcapy: error: %s\n", kUsage, message.c_str());
  std::exit(1);
}

Args parse(int argc, char** argv) {
  Args a;
  a.x.store = false;
  a.x.extension = false;
  bool have_input = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::string {
      if (i + 1 >= argc) usage_error(fmt::format("argument {}: expected one argument", name));
      return argv[++i];
    };
    // --opt=value
    std::string inline_value;
    if (arg.starts_with("--") && arg.find('=') != std::string_view::npos) {
      inline_value = std::string(arg.substr(arg.find('=') + 1));
      arg = arg.substr(0, arg.find('='));
    }
    auto take = [&](std::string_view name) { return inline_value.empty() ? value(name) : inline_value; };
    if (arg == "-h" || arg == "--help") { std::printf("%s%s", kUsage, kHelp); std::exit(0); }
    else if (arg == "-V" || arg == "--version") { std::printf("jspcapy %s\n", jspcap::kVersion); std::exit(0); }
    else if (arg == "-o" || arg == "--output") a.x.fout = take("-o/--output");
    else if (arg == "-f" || arg == "--format") a.format = take("-f/--format");
    else if (arg == "-j" || arg == "--json") a.json = true;
    else if (arg == "-p" || arg == "--plist") a.plist = true;
    else if (arg == "-t" || arg == "--tree") a.tree = true;
    else if (arg == "-a" || arg == "--auto-extension") a.x.extension = true;
    else if (arg == "-v" || arg == "--verbose") a.x.verbose = true;
    else if (arg == "-F" || arg == "--files") a.x.files = true;
    else if (arg == "-n" || arg == "--nofile") a.x.nofile = true;
    else if (arg == "-E" || arg == "--engine") a.x.engine = take("-E/--engine");
    else if (arg == "-P" || arg == "--protocol") a.x.protocol = take("-P/--protocol");
    else if (arg == "-L" || arg == "--layer") a.x.layer = take("-L/--layer");
    else if (arg == "--ip") a.x.ip = true;
    else if (arg == "--ipv4") a.x.ipv4 = true;
    else if (arg == "--ipv6") a.x.ipv6 = true;
    else if (arg == "--no-strict") a.x.strict = false;
    else if (arg == "--strict") a.x.strict = true;
    else if (arg == "--tcp") a.x.tcp = true;
    else if (arg == "--trace") { a.x.trace = true; a.x.trace_fout = take("--trace"); }
    else if (arg == "--trace-format") a.x.trace_format = take("--trace-format");
    else if (arg == "--trace-byteorder") a.x.trace_byteorder = take("--trace-byteorder");
    else if (arg == "--trace-nanosecond") a.x.trace_nanosecond = true;
    else if (arg == "--flows") { a.x.flows = take("--flows"); a.x.tcp = true; }
    else if (arg == "-d" || arg == "--decode-as") a.x.decode_as.push_back(take("-d/--decode-as"));
    else if (arg == "--decode-as-file") a.x.decode_as_files.emplace_back(take("--decode-as-file"));
    else if (arg == "--spec") a.x.specs.emplace_back(take("--spec"));
    else if (arg == "--no-spec-path") a.spec_path = false;
    else if (arg == "--rebuild") a.rebuild = true;
    else if (arg == "--lint-specs") lint_and_exit(take("--lint-specs"));
    else if (arg.size() > 1 && arg[0] == '-') usage_error(fmt::format("unrecognized argument: {}", arg));
    else if (have_input) usage_error(fmt::format("unrecognized argument: {}", arg));
    else { a.x.fin = std::string(arg); have_input = true; }
  }
  if (!have_input) usage_error("the following arguments are required: input-file-name");
  // The seed's precedence: -f, then -j, then -p, then -t.
  if (!a.format.empty()) a.x.format = a.format;
  else if (a.json) a.x.format = "json";
  else if (a.plist) a.x.format = "plist";
  else if (a.tree) a.x.format = "tree";
  return a;
}

/// Frames, bytes, rate and percent on one stderr line, at most twice a second.
class Progress {
 public:
  explicit Progress(bool on) : on_(on), start_(std::chrono::steady_clock::now()), last_(start_) {}
  void tick(const jspcap::Frame& f, std::uint64_t consumed, std::uint64_t size) {
    if (!on_ || (f.number() & 1023) != 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double pct = size ? 100.0 * static_cast<double>(consumed) / static_cast<double>(size) : 0.0;
    std::fprintf(stderr, "\r  %llu frames  %.1f MB  %.0f frames/s  %5.1f%%",
                 static_cast<unsigned long long>(f.number()), static_cast<double>(consumed) / 1e6,
                 static_cast<double>(f.number()) / (secs > 0 ? secs : 1), pct);
    shown_ = true;
  }
  void done() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }

 private:
  bool on_, shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace

int main(int argc, char** argv) {
  Args args = parse(argc, argv);
  jspcap::ExtractOptions& x = args.x;
  try {
    // Specs loaded at run time: the search path, then --spec, each replacing what came before.
    std::vector<std::string> notices;
    const bool native = x.engine == "default" || x.engine == "jspcap";
    if (args.spec_path && native) notices = jspcap::load_spec_path();
    if (!x.specs.empty() && native) {
      auto more = jspcap::load_specs(x.specs);
      notices.insert(notices.end(), more.begin(), more.end());
      x.specs.clear();
    }
    for (const auto& n : notices) std::fprintf(stderr, "jspcapy: notice: %s\n", n.c_str());
    const auto input = jspcap::resolve_input(x.fin);
    x.fin = input;
    if (args.rebuild) return rebuild(args);
    const jspcap::OutputPlan plan = jspcap::plan_output(x);  // naming errors before any reading
    if (x.verbose) std::printf("\U0001F6A8Loading file '%s'\n", input.c_str());
    Progress progress(!x.verbose && ::isatty(2));
    std::error_code size_error;   // a pipe or device has no size; a directory is refused by extract()
    auto size = std::filesystem::file_size(input, size_error);
    if (size_error) size = 0;
    std::uint64_t consumed = 0;
    x.on_frame = [&](const jspcap::Frame& f) {
      consumed += f.record().cap_len + 16;
      if (x.verbose) {
        char chain[jspcap::kMaxLayers * 24];
        const std::size_t n = f.protochain(chain, sizeof chain);
        std::printf(" - Frame %3llu: %.*s\n", static_cast<unsigned long long>(f.number()), static_cast<int>(n), chain);
      }
      progress.tick(f, consumed, size);
    };
    // -E tshark: its frames are not jspcap's, so they come through on_tree.
    if (x.verbose) x.on_tree = [](const jspcap::Record& r, const jspcap::FrameTree& t) {
      std::printf(" - Frame %3llu: %s\n", static_cast<unsigned long long>(r.number), t.protocols.c_str());
    };
    std::uint64_t datagrams = 0;
    x.on_datagram = [&](const jspcap::Datagram& d, const jspcap::Frame* payload) {
      ++datagrams;
      if (!x.verbose) return;
      std::printf(" - Reassembled %3llu: %s %s, %zu bytes from %zu fragments, after frame %llu\n",
                  static_cast<unsigned long long>(datagrams), payload ? payload->protochain().c_str() : "-",
                  jspcap::to_string(d.end), d.payload.size(), d.frames.size(),
                  static_cast<unsigned long long>(d.number));
    };
    if (x.verbose) x.on_message = [&](const jspcap::Message& m) {
      const std::size_t nl = m.head.find('\n');
      std::string_view line(m.head.data(), nl == std::string::npos ? m.head.size() : nl);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::printf(" - %s %3llu: stream %llu, %.*s%s\n", jspcap::info(m.protocol).name,
                  static_cast<unsigned long long>(m.number), static_cast<unsigned long long>(m.stream),
                  static_cast<int>(line.size()), line.data(), m.complete ? "" : " (incomplete)");
    };
    int status = 0;
    std::string where;
    try {
      const auto result = jspcap::extract(x);
      if (!x.nofile) where = result.output().string();
    } catch (const jspcap::CaptureTruncated& e) {
      progress.done();
      std::fprintf(stderr, "jspcapy: %s (%llu complete frames kept; the report is marked incomplete)\n",
                   e.what(), static_cast<unsigned long long>(e.frames()));
      status = 2;
      if (!x.nofile) where = plan.path.string();
    }
    progress.done();
    if (x.verbose && !where.empty())
      std::printf("\U0001F37AReport file%s stored in '%s'\n", x.files ? "s" : "", where.c_str());
    return status;
  } catch (const jspcap::Error& e) {
    std::fprintf(stderr, "jspcapy: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jspcapy: %s\n", e.what());
    return 1;
  }
}
