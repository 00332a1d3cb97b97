// trace and flows (see jspcap/trace.hpp).

#include "jspcap/trace.hpp"
#include "jspcap/capture_writer.hpp"

#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jspcap/extract.hpp"
#include "text.hpp"

namespace jspcap {
namespace fs = std::filesystem;
namespace {

void make_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw FileError(fmt::format("{}: cannot create output directory: {}", dir.string(),
                                ec ? ec.message() : "a file of that name exists"));
}

void write_all(std::FILE* f, const void* p, std::size_t n, const fs::path& path) {
  if (n && std::fwrite(p, 1, n, f) != n)
    throw FileError(fmt::format("{}: write failed: {}", path.string(), std::strerror(errno)));
}

std::string epoch(const Record& r) {
  char buf[detail::kTextMax];
  return std::string(detail::format_epoch(r.ts_sec, r.ts_frac, r.ts_digits, buf));
}

/// An index written one entry at a time into a temporary file, moved into place whole.
std::FILE* open_index(const fs::path& dir, fs::path& tmp) {
  tmp = dir / fmt::format("index.json.tmp-{}", ::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw FileError(fmt::format("{}: cannot create: {}", tmp.string(), std::strerror(errno)));
  write_all(f, "[", 1, tmp);
  return f;
}

void index_entry(std::FILE* f, const fs::path& tmp, std::uint64_t& count, const nlohmann::ordered_json& j) {
  const std::string text = (count++ ? ",\n  " : "\n  ") + j.dump();
  write_all(f, text.data(), text.size(), tmp);
}

void close_index(std::FILE*& f, const fs::path& tmp, const fs::path& dir, std::uint64_t count) {
  if (!f) return;
  const std::string end = count ? "\n]\n" : "]\n";
  write_all(f, end.data(), end.size(), tmp);
  const int rc = std::fclose(f);
  f = nullptr;
  if (rc != 0) throw FileError(fmt::format("{}: write failed: {}", tmp.string(), std::strerror(errno)));
  std::error_code ec;
  fs::rename(tmp, dir / "index.json", ec);
  if (ec) throw FileError(fmt::format("{}: cannot move into place: {}", (dir / "index.json").string(), ec.message()));
}

void abandon_index(std::FILE*& f, const fs::path& tmp) {
  if (!f) return;
  std::fclose(f);
  f = nullptr;
  std::error_code ec;
  fs::remove(tmp, ec);
}

}  // namespace

// ---- FileCache --------------------------------------------------------------------------------

FileCache::~FileCache() { close_all(); }

void FileCache::close(Entry& e, const std::string& path) {
  if (e.file && std::fclose(e.file) != 0)
    throw FileError(fmt::format("{}: write failed: {}", path, std::strerror(errno)));
  e.file = nullptr;
}

std::FILE* FileCache::get(const fs::path& path) {
  const std::string key = path.string();
  if (auto it = open_.find(key); it != open_.end()) {
    ages_.splice(ages_.end(), ages_, it->second.age);
    return it->second.file;
  }
  while (open_.size() >= max_open_ && !ages_.empty()) {
    const std::string oldest = ages_.front();
    ages_.pop_front();
    Entry e = open_[oldest];
    open_.erase(oldest);
    close(e, oldest);
  }
  const bool fresh = created_.insert(key).second;
  std::FILE* f = std::fopen(key.c_str(), fresh ? "w+b" : "r+b");
  if (!f) throw FileError(fmt::format("{}: cannot open for writing: {}", key, std::strerror(errno)));
  ages_.push_back(key);
  open_[key] = Entry{f, std::prev(ages_.end())};
  return f;
}

void FileCache::release(const fs::path& path) {
  const std::string key = path.string();
  const auto it = open_.find(key);
  if (it == open_.end()) return;
  Entry e = it->second;
  ages_.erase(e.age);
  open_.erase(it);
  close(e, key);
}

void FileCache::close_all() {
  for (auto& [path, e] : open_)
    if (e.file) std::fclose(e.file);
  open_.clear();
  ages_.clear();
}

// ---- names ------------------------------------------------------------------------------------

std::string flow_label(const Connection& c) {
  std::string label = fmt::format("{}_{}-{}_{}-{}", end_address(c, 0), c.ends[0].port, end_address(c, 1),
                                  c.ends[1].port, epoch(c.first_time));
  for (char& ch : label)
    if (ch == '.' || ch == ':') ch = '_';
  return label;
}

std::string flow_file_name(const Connection& c, int dir) {
  auto end = [&](int e) {
    if (c.addr_kind == AddrKind::ipv4 && c.addr_len == 4) {
      const std::uint8_t* a = c.ends[e].addr;
      return fmt::format("{:03}.{:03}.{:03}.{:03}.{:05}", a[0], a[1], a[2], a[3], c.ends[e].port);
    }
    return fmt::format("{}.{:05}", end_address(c, e), c.ends[e].port);
  };
  return end(dir) + "-" + end(1 - dir);
}

// ---- FlowTracer -------------------------------------------------------------------------------

FlowTracer::FlowTracer(TraceOptions options, bool keep_index)
    : options_(std::move(options)), keep_index_(keep_index), files_(options_.max_open_files) {
  make_dir(options_.dir);
  index_tmp_ = open_index(options_.dir, index_tmp_path_);
}

FlowTracer::~FlowTracer() {
  files_.close_all();
  for (auto& [index, f] : flows_) {
    std::error_code ec;
    if (options_.format != Format::pcap) {
      fs::remove(f.pcap, ec);
      fs::remove(f.numbers, ec);
    }
  }
  abandon_index(index_tmp_, index_tmp_path_);
}

void FlowTracer::open(const Connection& c) {
  Flow f;
  std::string label = flow_label(c);
  if (!labels_.insert(label).second) {
    label += fmt::format("-{}", c.index);
    labels_.insert(label);
  }
  f.record.label = label;
  f.record.stream = c.index;
  f.record.protocol = info(c.protocol).name;
  f.record.src = end_address(c, 0);
  f.record.dst = end_address(c, 1);
  f.record.srcport = c.ends[0].port;
  f.record.dstport = c.ends[1].port;
  f.record.file = options_.dir / (label + "." + format_extension(options_.format));
  if (options_.format == Format::pcap) {
    f.pcap = f.record.file;
  } else {
    f.pcap = options_.dir / (label + fmt::format(".tmp-{}.pcap", ::getpid()));
    f.numbers = options_.dir / (label + fmt::format(".tmp-{}.numbers", ::getpid()));
  }
  flows_.emplace(c.index, std::move(f));
}

void FlowTracer::write_record(Flow& f, const Frame& frame) {
  const Record& r = frame.record();
  const bool nano = options_.format == Format::pcap ? options_.nanosecond : r.ts_digits == 9;
  CaptureOptions co;
  co.linktype = r.linktype;
  co.nanosecond = nano;
  co.big_endian = options_.big_endian;
  std::FILE* out = files_.get(f.pcap);
  std::fseek(out, 0, SEEK_END);   // a file reopened after eviction is positioned at its start
  if (f.record.packets == 0) {
    f.linktype = r.linktype;
    std::uint8_t bytes[24];
    pcap_file_header(co, bytes);
    write_all(out, bytes, 24, f.pcap);
  }
  std::uint8_t rec[16];
  pcap_record_header(co, r.ts_sec, pcap_fraction(r, nano), r.cap_len, r.wire_len, rec);
  write_all(out, rec, 16, f.pcap);
  write_all(out, r.data.data(), r.data.size(), f.pcap);
  if (!f.numbers.empty()) {
    std::FILE* nums = files_.get(f.numbers);
    std::fseek(nums, 0, SEEK_END);
    write_all(nums, &r.number, sizeof r.number, f.numbers);
  }
}

void FlowTracer::packet(const Connection& c, int, const Frame& frame) {
  const auto it = flows_.find(c.index);
  if (it == flows_.end()) return;
  Flow& f = it->second;
  if (f.record.packets == 0) {
    f.record.first_frame = frame.number();
    f.record.first_time = epoch(frame.record());
  }
  write_record(f, frame);
  ++f.record.packets;
  f.record.bytes += frame.record().cap_len;
  f.record.last_frame = frame.number();
  f.record.last_time = epoch(frame.record());
}

void FlowTracer::convert(Flow& f) {
  // A report of the flow's frames: read back the temporary pcap, numbering each frame as in the
  // capture, into <label>.<ext> (written whole, then moved into place).
  files_.release(f.pcap);
  files_.release(f.numbers);
  std::vector<std::uint64_t> numbers;
  if (std::FILE* n = std::fopen(f.numbers.c_str(), "rb")) {
    std::uint64_t v;
    while (std::fread(&v, sizeof v, 1, n) == 1) numbers.push_back(v);
    std::fclose(n);
  }
  const fs::path tmp = f.record.file.string() + fmt::format(".tmp-{}", ::getpid());
  std::FILE* out = std::fopen(tmp.c_str(), "wb");
  if (!out) throw FileError(fmt::format("{}: cannot create output: {}", tmp.string(), std::strerror(errno)));
  try {
    auto w = ReportWriter::create(options_.format, out, f.record.file.string());
    CaptureReader in(f.pcap);
    w->begin_document();
    w->global_header(in.header());
    Record r;
    Frame frame;
    std::size_t i = 0;
    while (in.next(r)) {
      if (i < numbers.size()) r.number = numbers[i];
      ++i;
      dissect(r, frame);
      w->frame(frame);
    }
    w->end_document();
  } catch (...) {
    std::fclose(out);
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
  if (std::fclose(out) != 0) throw FileError(fmt::format("{}: write failed: {}", tmp.string(), std::strerror(errno)));
  std::error_code ec;
  fs::rename(tmp, f.record.file, ec);
  if (ec) throw FileError(fmt::format("{}: cannot move into place: {}", f.record.file.string(), ec.message()));
  fs::remove(f.pcap, ec);
  fs::remove(f.numbers, ec);
}

void FlowTracer::close(const Connection& c) {
  const auto it = flows_.find(c.index);
  if (it != flows_.end()) it->second.record.end = to_string(c.why);
}

void FlowTracer::forget(const Connection& c) {
  const auto it = flows_.find(c.index);
  if (it == flows_.end()) return;
  Flow& f = it->second;
  if (f.record.end.empty()) f.record.end = to_string(c.why);
  if (f.record.packets > 0) {
    if (options_.format == Format::pcap) files_.release(f.pcap);
    else convert(f);
  }
  nlohmann::ordered_json j;
  j["label"] = f.record.label;
  j["file"] = f.record.packets > 0 ? f.record.file.filename().string() : std::string();
  j["stream"] = f.record.stream;
  j["protocol"] = f.record.protocol;
  j["src"] = f.record.src;
  j["srcport"] = f.record.srcport;
  j["dst"] = f.record.dst;
  j["dstport"] = f.record.dstport;
  j["first_frame"] = f.record.first_frame;
  j["last_frame"] = f.record.last_frame;
  j["first_time"] = f.record.first_time;
  j["last_time"] = f.record.last_time;
  j["packets"] = f.record.packets;
  j["bytes"] = f.record.bytes;
  j["end"] = f.record.end;
  index_entry(index_tmp_, index_tmp_path_, indexed_, j);
  if (keep_index_) index_.push_back(std::move(f.record));
  flows_.erase(it);
}

void FlowTracer::finish() {
  files_.close_all();
  close_index(index_tmp_, index_tmp_path_, options_.dir, indexed_);
}

// ---- FlowFiles --------------------------------------------------------------------------------

FlowFiles::FlowFiles(fs::path dir, std::size_t max_open_files) : dir_(std::move(dir)), files_(max_open_files) {
  make_dir(dir_);
  index_tmp_ = open_index(dir_, index_tmp_path_);
}

FlowFiles::~FlowFiles() {
  files_.close_all();
  abandon_index(index_tmp_, index_tmp_path_);
}

void FlowFiles::open(const Connection& c) {
  auto dirs = std::make_unique<Dir[]>(2);
  // Connections on the same ends are told apart as tcpflow does: c1, c2, … after the first.
  const std::string base = flow_file_name(c, 0);
  const std::uint64_t n = seen_[base]++;
  for (int d = 0; d < 2; ++d) {
    dirs[d].name = flow_file_name(c, d);
    if (n > 0) dirs[d].name += fmt::format("c{}", n);
  }
  open_[c.index] = std::move(dirs);
}

void FlowFiles::data(const Connection& c, int dir, std::uint64_t offset, Bytes b, std::uint64_t frame) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  Dir& d = it->second[dir];
  const fs::path path = dir_ / d.name;
  std::FILE* f = files_.get(path);
  if (std::fseek(f, static_cast<long>(offset), SEEK_SET) != 0)
    throw FileError(fmt::format("{}: cannot seek to {}: {}", path.string(), offset, std::strerror(errno)));
  write_all(f, b.data(), b.size(), path);
  d.written = true;
  d.length = offset + b.size();
  if (!d.first_frame) d.first_frame = frame;
  d.last_frame = frame;
}

void FlowFiles::gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  Dir& d = it->second[dir];
  d.gaps += fmt::format("{}{{\"offset\":{},\"length\":{},\"cause\":\"{}\"}}", d.gaps.empty() ? "" : ",", offset,
                        length, to_string(cause));
  d.length = offset + length;
}

void FlowFiles::close(const Connection& c) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  for (int dir = 0; dir < 2; ++dir) {
    Dir& d = it->second[dir];
    if (!d.written) continue;  // no data this way: no file
    const fs::path path = dir_ / d.name;
    if (d.length > 0) {
      // A gap at the end leaves the file shorter than the stream: extend it with the hole.
      std::FILE* f = files_.get(path);
      std::fflush(f);
      std::error_code ec;
      if (fs::file_size(path, ec) < d.length && !ec) fs::resize_file(path, d.length, ec);
    }
    files_.release(path);
    nlohmann::ordered_json j;
    j["file"] = d.name;
    j["stream"] = c.index;
    j["direction"] = dir;
    j["protocol"] = info(c.protocol).name;
    j["src"] = end_address(c, dir);
    j["srcport"] = c.ends[dir].port;
    j["dst"] = end_address(c, 1 - dir);
    j["dstport"] = c.ends[1 - dir].port;
    j["length"] = d.length;
    j["first_frame"] = d.first_frame;
    j["last_frame"] = d.last_frame;
    j["gaps"] = nlohmann::ordered_json::parse("[" + d.gaps + "]");
    j["end"] = to_string(c.why);
    index_entry(index_tmp_, index_tmp_path_, indexed_, j);
  }
  open_.erase(it);
}

void FlowFiles::finish() {
  files_.close_all();
  close_index(index_tmp_, index_tmp_path_, dir_, indexed_);
}

}  // namespace jspcap
