// Tests for the streaming capture reader: synthetic files for every format variant and error
// path, then real captures from the shared corpus.
#include "jspcap/reader.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <thread>
#include <vector>

#include "jspcap/error.hpp"

#ifndef JSPCAP_SHARED_CAPTURES
#error "JSPCAP_SHARED_CAPTURES must be defined as the absolute path of the shared captures"
#endif

namespace {

namespace fs = std::filesystem;
using jspcap::CaptureReader;
using jspcap::FileError;
using jspcap::FileFormat;
using jspcap::Record;
using Buf = std::vector<std::uint8_t>;

// ---- byte building ------------------------------------------------------------------------------

/// Appends integers in one byte order.
struct Writer {
  bool big = false;
  Buf out;

  explicit Writer(bool big_endian) : big(big_endian) {}
  Writer& u8(std::uint8_t v) {
    out.push_back(v);
    return *this;
  }
  Writer& uint(std::uint64_t v, int size) {
    for (int i = 0; i < size; ++i) {
      const int shift = big ? 8 * (size - 1 - i) : 8 * i;
      out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
    return *this;
  }
  Writer& u16(std::uint16_t v) { return uint(v, 2); }
  Writer& u32(std::uint32_t v) { return uint(v, 4); }
  Writer& u64(std::uint64_t v) { return uint(v, 8); }
  Writer& bytes(const Buf& b) {
    out.insert(out.end(), b.begin(), b.end());
    return *this;
  }
  Writer& pad4() {
    while (out.size() % 4 != 0) out.push_back(0);
    return *this;
  }
};

Buf cat(std::initializer_list<Buf> parts) {
  Buf all;
  for (const Buf& p : parts) all.insert(all.end(), p.begin(), p.end());
  return all;
}

/// Recognisable packet bytes: seed, seed+1, ...
Buf payload(std::size_t n, std::uint8_t seed = 0) {
  Buf b(n);
  for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::uint8_t>(seed + i);
  return b;
}

Buf text(const std::string& s) { return Buf(s.begin(), s.end()); }

// ---- pcap ---------------------------------------------------------------------------------------

constexpr std::uint32_t kUsec = 0xa1b2c3d4;
constexpr std::uint32_t kNsec = 0xa1b23c4d;
constexpr std::uint32_t kModified = 0xa1b2cd34;

Buf pcap_header(bool big, std::uint32_t magic, std::uint32_t network = 1,
                std::uint32_t snaplen = 65535, std::uint16_t major = 2, std::uint16_t minor = 4) {
  Writer w(big);
  w.u32(magic).u16(major).u16(minor).u32(0).u32(0).u32(snaplen).u32(network);
  return w.out;
}

/// A record with a 16-byte header, or 24 bytes (`modified`) with ifindex/protocol/pkt_type.
Buf pcap_record(bool big, std::uint32_t sec, std::uint32_t frac, const Buf& data,
                std::uint32_t orig_len, bool modified = false) {
  Writer w(big);
  w.u32(sec).u32(frac).u32(static_cast<std::uint32_t>(data.size())).u32(orig_len);
  if (modified) w.u32(7).u16(0x0800).u8(4).u8(0);
  w.bytes(data);
  return w.out;
}

// ---- pcapng -------------------------------------------------------------------------------------

/// A block: type, total length, body padded to 32 bits, total length again.
Buf block(bool big, std::uint32_t type, const Buf& body) {
  Writer b(big);
  b.bytes(body).pad4();
  Writer w(big);
  const auto total = static_cast<std::uint32_t>(b.out.size() + 12);
  w.u32(type).u32(total).bytes(b.out).u32(total);
  return w.out;
}

Buf option(bool big, std::uint16_t code, const Buf& value) {
  Writer w(big);
  w.u16(code).u16(static_cast<std::uint16_t>(value.size())).bytes(value).pad4();
  return w.out;
}

Buf end_of_options(bool big) { return option(big, 0, {}); }

Buf shb(bool big, const Buf& options = {}, std::uint16_t major = 1, std::uint16_t minor = 0) {
  Writer w(big);
  w.u32(0x1a2b3c4d).u16(major).u16(minor).u64(~std::uint64_t{0}).bytes(options);
  return block(big, 0x0a0d0d0a, w.out);
}

Buf idb(bool big, std::uint16_t linktype, std::uint32_t snaplen, const Buf& options = {}) {
  Writer w(big);
  w.u16(linktype).u16(0).u32(snaplen).bytes(options);
  return block(big, 1, w.out);
}

Buf tsresol(bool big, std::uint8_t v) { return option(big, 9, {v}); }
Buf tsoffset(bool big, std::int64_t seconds) {
  return option(big, 14, Writer(big).u64(static_cast<std::uint64_t>(seconds)).out);
}
Buf if_name(bool big, const std::string& name) { return option(big, 2, text(name)); }

Buf epb(bool big, std::uint32_t iface, std::uint64_t ts, const Buf& data, std::uint32_t orig_len,
        const Buf& options = {}) {
  Writer w(big);
  w.u32(iface).u32(static_cast<std::uint32_t>(ts >> 32)).u32(static_cast<std::uint32_t>(ts));
  w.u32(static_cast<std::uint32_t>(data.size())).u32(orig_len).bytes(data).pad4().bytes(options);
  return block(big, 6, w.out);
}

Buf spb(bool big, std::uint32_t orig_len, const Buf& data) {
  Writer w(big);
  w.u32(orig_len).bytes(data);
  return block(big, 3, w.out);
}

Buf opb(bool big, std::uint16_t iface, std::uint16_t drops, std::uint64_t ts, const Buf& data,
        std::uint32_t orig_len) {
  Writer w(big);
  w.u16(iface).u16(drops).u32(static_cast<std::uint32_t>(ts >> 32));
  w.u32(static_cast<std::uint32_t>(ts)).u32(static_cast<std::uint32_t>(data.size()));
  w.u32(orig_len).bytes(data);
  return block(big, 2, w.out);
}

// ---- files and reading --------------------------------------------------------------------------

/// A scratch directory for the synthetic files, removed at exit.
class TempDir {
 public:
  TempDir() {
    dir_ = fs::temp_directory_path() / ("jspcap_reader_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

const fs::path& temp_dir() {
  static TempDir dir;
  return dir.dir();
}

fs::path write_file(const std::string& name, const Buf& bytes) {
  const fs::path path = temp_dir() / name;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  if (!bytes.empty()) REQUIRE(std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size());
  std::fclose(f);
  return path;
}

/// A record with its own copy of the data (Record::data dies at the next next()).
struct Frame {
  Record rec;
  Buf data;
};

std::vector<Frame> read_all(CaptureReader& reader) {
  std::vector<Frame> frames;
  Record rec;
  while (reader.next(rec)) frames.push_back({rec, Buf(rec.data.begin(), rec.data.end())});
  return frames;
}

std::vector<Frame> read_all(const fs::path& path) {
  CaptureReader reader(path);
  return read_all(reader);
}

/// The message of the FileError `f` throws, or a marker when it throws nothing.
template <class F>
std::string file_error(F&& f) {
  try {
    f();
  } catch (const FileError& e) {
    return e.what();
  }
  return "(no FileError thrown)";
}

std::string open_error(const fs::path& path) {
  return file_error([&] { CaptureReader reader(path); });
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

fs::path shared(const std::string& name) { return fs::path(JSPCAP_SHARED_CAPTURES) / name; }

}  // namespace

// ==== pcap =======================================================================================

TEST_CASE("pcap: every magic and byte order") {
  struct Variant {
    const char* name;
    bool big;
    std::uint32_t magic;
    FileFormat format;
    std::uint8_t digits;
  };
  const Variant variants[] = {
      {"usec_le.pcap", false, kUsec, FileFormat::pcap, 6},
      {"usec_be.pcap", true, kUsec, FileFormat::pcap, 6},
      {"nsec_le.pcap", false, kNsec, FileFormat::pcap, 9},
      {"nsec_be.pcap", true, kNsec, FileFormat::pcap, 9},
      {"modified_le.pcap", false, kModified, FileFormat::pcap_modified, 6},
      {"modified_be.pcap", true, kModified, FileFormat::pcap_modified, 6},
  };
  for (const Variant& v : variants) {
    CAPTURE(v.name);
    const bool modified = v.format == FileFormat::pcap_modified;
    const std::uint32_t frac1 = v.digits == 9 ? 123456789 : 123456;
    const Buf bytes = cat({pcap_header(v.big, v.magic, 1, 1500),
                           pcap_record(v.big, 1700000000, frac1, payload(60, 1), 60, modified),
                           pcap_record(v.big, 1700000001, 5, payload(100, 2), 1514, modified)});
    const fs::path path = write_file(v.name, bytes);
    CaptureReader reader(path);
    const jspcap::FileHeader& h = reader.header();
    CHECK(h.format == v.format);
    CHECK(h.big_endian == v.big);
    CHECK(h.nanosecond == (v.digits == 9));
    CHECK(h.magic == v.magic);
    CHECK(h.version_major == 2);
    CHECK(h.version_minor == 4);
    CHECK(h.snaplen == 1500);
    CHECK(h.linktype == 1);
    CHECK(h.fcs_len == 0);
    REQUIRE(h.interfaces.size() == 1);
    CHECK(h.interfaces[0].linktype == 1);
    CHECK(h.interfaces[0].snaplen == 1500);
    CHECK(h.interfaces[0].ts_digits == v.digits);
    CHECK(reader.path() == path);
    CHECK(reader.file_size() == bytes.size());
    CHECK(reader.bytes_consumed() == 24);

    const std::size_t hlen = modified ? 24 : 16;
    const std::vector<Frame> frames = read_all(reader);
    REQUIRE(frames.size() == 2);
    const Record& a = frames[0].rec;
    CHECK(a.number == 1);
    CHECK(a.offset == 24);
    CHECK(a.ts_sec == 1700000000);
    CHECK(a.ts_frac == frac1);
    CHECK(a.ts_digits == v.digits);
    CHECK(a.raw_ts_sec == 1700000000);
    CHECK(a.raw_ts_frac == frac1);
    CHECK(a.cap_len == 60);
    CHECK(a.wire_len == 60);
    CHECK(a.linktype == 1);
    CHECK(a.interface_id == 0);
    CHECK(frames[0].data == payload(60, 1));
    const Record& b = frames[1].rec;
    CHECK(b.number == 2);
    CHECK(b.offset == 24 + hlen + 60);
    CHECK(b.ts_sec == 1700000001);
    CHECK(b.ts_frac == 5);
    CHECK(b.cap_len == 100);
    CHECK(b.wire_len == 1514);
    CHECK(frames[1].data == payload(100, 2));

    CHECK(reader.bytes_consumed() == bytes.size());
    Record again;
    CHECK_FALSE(reader.next(again));  // end of file is sticky
  }
}

TEST_CASE("pcap: a fraction of a second >= 1 s is carried into the seconds") {
  for (const bool nano : {false, true}) {
    CAPTURE(nano);
    const std::uint32_t one = nano ? 1000000000 : 1000000;
    const Buf bytes = cat({pcap_header(false, nano ? kNsec : kUsec),
                           pcap_record(false, 100, one - 1, payload(4), 4),
                           pcap_record(false, 100, one, payload(4), 4),
                           pcap_record(false, 100, 2147483648u, payload(4), 4),
                           pcap_record(false, 0xffffffffu, 0xffffffffu, payload(4), 4)});
    const std::vector<Frame> f = read_all(write_file("carry.pcap", bytes));
    REQUIRE(f.size() == 4);
    CHECK(f[0].rec.ts_sec == 100);
    CHECK(f[0].rec.ts_frac == one - 1);
    CHECK(f[1].rec.ts_sec == 101);
    CHECK(f[1].rec.ts_frac == 0);
    CHECK(f[1].rec.raw_ts_sec == 100);
    CHECK(f[1].rec.raw_ts_frac == one);
    CHECK(f[2].rec.ts_sec == 100 + 2147483648ll / one);
    CHECK(f[2].rec.ts_frac == 2147483648u % one);
    // ts_sec is the unsigned 32-bit field: no sign, no overflow.
    CHECK(f[3].rec.ts_sec == 0xffffffffll + 0xffffffffll / one);
    CHECK(f[3].rec.ts_frac == 0xffffffffu % one);
  }
}

TEST_CASE("pcap: the network field") {
  SUBCASE("FCS length is reported only with the present flag") {
    const std::uint32_t network = 0x04000000u | (2u << 28) | 1u;  // 2 words = 4 bytes
    CaptureReader reader(write_file("fcs.pcap", pcap_header(false, kUsec, network)));
    CHECK(reader.header().linktype == 1);
    CHECK(reader.header().fcs_len == 4);
  }
  SUBCASE("FCS length bits without the present flag are ignored") {
    CaptureReader reader(write_file("fcs_bits.pcap", pcap_header(false, kUsec, 0x30000001u)));
    CHECK(reader.header().linktype == 1);
    CHECK(reader.header().fcs_len == 0);
  }
  SUBCASE("reserved bits are an error") {
    const fs::path path = write_file("reserved.pcap", pcap_header(false, kUsec, 0x00300000u));
    CHECK(open_error(path) ==
          path.string() + ": network field 0x00300000: reserved bits 0x00300000 are not zero");
  }
  SUBCASE("a 16-bit link type") {
    CaptureReader reader(write_file("lt276.pcap", pcap_header(true, kUsec, 276)));
    CHECK(reader.header().linktype == 276);
  }
}

TEST_CASE("pcap: lengths that real files have are accepted") {
  // incl_len > snaplen and incl_len > orig_len both occur in the wild; tshark reads them.
  const Buf bytes =
      cat({pcap_header(false, kUsec, 1, 64), pcap_record(false, 1, 0, payload(200), 100),
           pcap_record(false, 2, 0, payload(0), 0)});
  const std::vector<Frame> f = read_all(write_file("lengths.pcap", bytes));
  REQUIRE(f.size() == 2);
  CHECK(f[0].rec.cap_len == 200);
  CHECK(f[0].rec.wire_len == 100);
  CHECK(f[1].rec.cap_len == 0);
  CHECK(f[1].rec.data.empty());
}

TEST_CASE("pcap: header errors") {
  SUBCASE("empty file") {
    const fs::path path = write_file("empty.pcap", {});
    CHECK(open_error(path) == path.string() + ": empty file");
  }
  SUBCASE("truncated file header") {
    Buf bytes = pcap_header(false, kUsec);
    bytes.resize(10);
    const fs::path path = write_file("short.pcap", bytes);
    CHECK(open_error(path) == path.string() + ": file header truncated (10 of 24 bytes)");
  }
  SUBCASE("shorter than a magic number") {
    const fs::path path = write_file("tiny.pcap", {0xd4, 0xc3});
    CHECK(open_error(path) == path.string() + ": file header truncated (2 of 24 bytes)");
  }
  SUBCASE("bad magic") {
    Buf bytes = pcap_header(true, 0x12345678);
    const fs::path path = write_file("magic.pcap", bytes);
    CHECK(open_error(path) == path.string() + ": not a pcap or pcapng file (magic 0x12345678)");
  }
  SUBCASE("bad version") {
    for (const std::uint16_t major : {1, 3}) {
      const fs::path path =
          write_file("version.pcap", pcap_header(false, kUsec, 1, 65535, major, 4));
      const std::string msg = open_error(path);
      CHECK_MESSAGE(contains(msg, "pcap major version " + std::to_string(major) + " unsupported"),
                    msg);
    }
  }
}

TEST_CASE("pcap: a file cut short returns every complete record, then fails") {
  const Buf good = cat({pcap_header(false, kUsec), pcap_record(false, 1, 0, payload(200), 200)});
  const Buf second = pcap_record(false, 2, 0, payload(200), 200);
  const std::uint64_t at = good.size();  // 240

  SUBCASE("inside the record header") {
    Buf bytes = cat({good, Buf(second.begin(), second.begin() + 7)});
    const fs::path path = write_file("cut_header.pcap", bytes);
    CaptureReader reader(path);
    Record rec;
    REQUIRE(reader.next(rec));
    CHECK(rec.cap_len == 200);
    const std::string expected = path.string() + ": record 2 at offset " + std::to_string(at) +
                                 ": file ends inside the record header (7 of 16 bytes)";
    CHECK(file_error([&] { reader.next(rec); }) == expected);
    CHECK(file_error([&] { reader.next(rec); }) == expected);  // stays failed
  }
  SUBCASE("inside the record data") {
    Buf bytes = cat({good, Buf(second.begin(), second.begin() + 16 + 30)});
    const fs::path path = write_file("cut_data.pcap", bytes);
    CaptureReader reader(path);
    Record rec;
    REQUIRE(reader.next(rec));
    CHECK(file_error([&] { reader.next(rec); }) ==
          path.string() +
              ": record 2 at offset 240: file ends inside the record data (30 of 200 bytes)");
  }
  SUBCASE("inside a modified record header") {
    Buf bytes = cat(
        {pcap_header(false, kModified), pcap_record(false, 1, 0, payload(8), 8, true), Buf(20, 0)});
    const fs::path path = write_file("cut_modified.pcap", bytes);
    CaptureReader reader(path);
    Record rec;
    REQUIRE(reader.next(rec));
    CHECK(contains(file_error([&] { reader.next(rec); }),
                   "record 2 at offset 56: file ends inside the record header (20 of 24 bytes)"));
  }
}

TEST_CASE("pcap: a record longer than 256 MiB is damage") {
  Writer w(false);
  w.u32(1).u32(0).u32(0x10000001).u32(60);
  const Buf bytes =
      cat({pcap_header(false, kUsec), pcap_record(false, 1, 0, payload(8), 8), w.out});
  const fs::path path = write_file("huge.pcap", bytes);
  CaptureReader reader(path);
  Record rec;
  REQUIRE(reader.next(rec));
  CHECK(file_error([&] { reader.next(rec); }) ==
        path.string() +
            ": record 2 at offset 48: incl_len 268435457 exceeds the maximum 268435456");
}

TEST_CASE("pcap: a huge length near the end of a small file is reported as truncation") {
  Writer w(false);
  w.u32(1).u32(0).u32(200000000).u32(60);
  const fs::path path =
      write_file("huge_cut.pcap", cat({pcap_header(false, kUsec), w.out, payload(10)}));
  CaptureReader reader(path);
  Record rec;
  CHECK(file_error([&] { reader.next(rec); }) ==
        path.string() +
            ": record 1 at offset 24: file ends inside the record data (10 of 200000000 bytes)");
}

TEST_CASE("pcap: read from a pipe") {
  const Buf bytes = cat({pcap_header(true, kNsec), pcap_record(true, 1, 2, payload(3000, 1), 3000),
                         pcap_record(true, 3, 4, payload(70000, 2), 70000)});
  const fs::path fifo = temp_dir() / "fifo.pcap";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::signal(SIGPIPE, SIG_IGN);  // should the reader stop early, the writer gets EPIPE, not a kill
  std::thread writer([&] {
    std::FILE* f = std::fopen(fifo.c_str(), "wb");
    if (f == nullptr) return;
    // Dribble the bytes out so that records arrive in pieces.
    for (std::size_t at = 0; at < bytes.size(); at += 1000) {
      std::fwrite(bytes.data() + at, 1, std::min<std::size_t>(1000, bytes.size() - at), f);
      std::fflush(f);
    }
    std::fclose(f);
  });
  std::vector<Frame> frames;
  std::uint64_t size = 1;
  std::string error;
  try {
    CaptureReader reader(fifo);
    size = reader.file_size();
    frames = read_all(reader);
  } catch (const std::exception& e) {
    error = e.what();
  }
  writer.join();  // always, even after an exception
  CHECK(error.empty());
  CHECK(size == 0);
  REQUIRE(frames.size() == 2);
  CHECK(frames[0].data == payload(3000, 1));
  CHECK(frames[1].data == payload(70000, 2));
  CHECK(frames[1].rec.ts_sec == 3);
}

TEST_CASE("pcap: records larger than the buffer and many records across refills") {
  // 3 MiB record forces the buffer to grow; thousands of odd-sized records make records straddle
  // every refill boundary.
  std::vector<Buf> parts{pcap_header(false, kUsec)};
  parts.push_back(pcap_record(false, 1, 0, payload(3 << 20, 7), 3 << 20));
  for (std::uint32_t i = 0; i < 3000; ++i) {
    parts.push_back(pcap_record(false, 2 + i, i,
                                payload(1 + i % 1499, static_cast<std::uint8_t>(i)), 1 + i % 1499));
  }
  Buf bytes;
  for (const Buf& p : parts) bytes.insert(bytes.end(), p.begin(), p.end());
  const fs::path path = write_file("big.pcap", bytes);

  CaptureReader reader(path);
  Record rec;
  REQUIRE(reader.next(rec));
  CHECK(rec.cap_len == (3u << 20));
  CHECK(Buf(rec.data.begin(), rec.data.end()) == payload(3 << 20, 7));
  std::uint32_t n = 0;
  bool all_match = true;
  while (reader.next(rec)) {
    const Buf expected = payload(1 + n % 1499, static_cast<std::uint8_t>(n));
    all_match = all_match && rec.number == n + 2 && rec.ts_sec == 2 + n &&
                Buf(rec.data.begin(), rec.data.end()) == expected;
    ++n;
  }
  CHECK(n == 3000);
  CHECK(all_match);
  CHECK(reader.bytes_consumed() == bytes.size());
}

// ==== opening ====================================================================================

TEST_CASE("opening: missing file, directory") {
  const fs::path missing = temp_dir() / "does-not-exist.pcap";
  try {
    CaptureReader reader(missing);
    FAIL("no exception");
  } catch (const jspcap::FileNotFound& e) {
    CHECK(std::string(e.what()) == "No such file or directory: '" + missing.string() + "'");
  }
  const std::string msg = open_error(temp_dir());
  CHECK_MESSAGE(contains(msg, temp_dir().string() + ": is a directory"), msg);
}

TEST_CASE("opening: an unreadable file") {
  if (::geteuid() == 0) return;  // root reads everything
  const fs::path path = write_file("unreadable.pcap", pcap_header(false, kUsec));
  fs::permissions(path, fs::perms::none);
  const std::string msg = open_error(path);
  CHECK_MESSAGE(contains(msg, "Permission denied"), msg);
}

TEST_CASE("reader can be moved") {
  const Buf bytes = cat({pcap_header(false, kUsec), pcap_record(false, 1, 0, payload(8), 8),
                         pcap_record(false, 2, 0, payload(9), 9)});
  CaptureReader a(write_file("move.pcap", bytes));
  Record rec;
  REQUIRE(a.next(rec));
  CaptureReader b(std::move(a));
  REQUIRE(b.next(rec));
  CHECK(rec.number == 2);
  CaptureReader c(write_file("move2.pcap", pcap_header(false, kNsec)));
  c = std::move(b);
  CHECK_FALSE(c.next(rec));
}

// ==== pcapng =====================================================================================

TEST_CASE("pcapng: one section, both byte orders") {
  for (const bool big : {false, true}) {
    CAPTURE(big);
    const Buf bytes =
        cat({shb(big, cat({option(big, 4, text("test writer")), end_of_options(big)})),
             idb(big, 1, 262144, cat({if_name(big, "eth0"), end_of_options(big)})),
             epb(big, 0, 1700000000123456ull, payload(61, 3), 1514,
                 cat({option(big, 1, text("a comment")), end_of_options(big)})),
             epb(big, 0, 1700000001000001ull, payload(64, 4), 64)});
    const fs::path path = write_file(big ? "be.pcapng" : "le.pcapng", bytes);
    CaptureReader reader(path);
    const jspcap::FileHeader& h = reader.header();
    CHECK(h.format == FileFormat::pcapng);
    CHECK(h.big_endian == big);
    CHECK(h.magic == 0x0a0d0d0a);
    CHECK(h.version_major == 1);
    CHECK(h.version_minor == 0);
    CHECK_FALSE(h.nanosecond);
    CHECK(h.linktype == 1);  // known as soon as the file is open
    CHECK(h.snaplen == 262144);
    REQUIRE(h.interfaces.size() == 1);
    CHECK(h.interfaces[0].name == "eth0");
    CHECK(h.interfaces[0].ts_digits == 6);

    const std::vector<Frame> f = read_all(reader);
    REQUIRE(f.size() == 2);
    CHECK(f[0].rec.number == 1);
    CHECK(f[0].rec.ts_sec == 1700000000);
    CHECK(f[0].rec.ts_frac == 123456);
    CHECK(f[0].rec.ts_digits == 6);
    CHECK(f[0].rec.cap_len == 61);
    CHECK(f[0].rec.wire_len == 1514);
    CHECK(f[0].rec.linktype == 1);
    CHECK(f[0].rec.interface_id == 0);
    CHECK(f[0].data == payload(61, 3));
    CHECK(f[1].rec.number == 2);
    CHECK(f[1].rec.ts_sec == 1700000001);
    CHECK(f[1].rec.ts_frac == 1);
    CHECK(f[1].data == payload(64, 4));
    CHECK(f[1].rec.offset ==
          f[0].rec.offset + epb(big, 0, 0, payload(61), 0,
                                cat({option(big, 1, text("a comment")), end_of_options(big)}))
                                .size());
    CHECK(reader.bytes_consumed() == bytes.size());
    CHECK(reader.file_size() == bytes.size());
  }
}

TEST_CASE("pcapng: several sections with different byte orders") {
  // Section 1 (LE): interfaces 0 and 1. Section 2 (BE): its own interface 0 (global 2).
  const Buf bytes =
      cat({shb(false), idb(false, 1, 100), idb(false, 0, 200),
           epb(false, 1, 5000000, payload(10, 1), 10), shb(true, {}, 1, 2),
           idb(true, 113, 300, tsresol(true, 9)), epb(true, 0, 7000000001ull, payload(12, 2), 12),
           spb(true, 40, payload(12, 3))});
  const fs::path path = write_file("sections.pcapng", bytes);
  CaptureReader reader(path);
  CHECK_FALSE(reader.header().big_endian);  // the first section's
  CHECK(reader.header().version_minor == 0);
  const std::vector<Frame> f = read_all(reader);
  const jspcap::FileHeader& h = reader.header();
  REQUIRE(h.interfaces.size() == 3);
  CHECK(h.interfaces[2].linktype == 113);
  CHECK(h.nanosecond);
  CHECK(h.linktype == 1);  // still the first interface's
  CHECK(h.snaplen == 100);
  REQUIRE(f.size() == 3);
  CHECK(f[0].rec.interface_id == 1);
  CHECK(f[0].rec.linktype == 0);
  CHECK(f[0].rec.ts_sec == 5);
  CHECK(f[1].rec.interface_id == 2);
  CHECK(f[1].rec.linktype == 113);
  CHECK(f[1].rec.ts_sec == 7);
  CHECK(f[1].rec.ts_frac == 1);
  CHECK(f[1].rec.ts_digits == 9);
  CHECK(f[1].data == payload(12, 2));
  CHECK(f[2].rec.interface_id == 2);  // SPB: interface 0 of the current section
  CHECK(f[2].data == payload(12, 3));
}

TEST_CASE("pcapng: timestamp resolutions and offsets") {
  const bool big = false;
  const Buf bytes = cat({
      shb(big),
      idb(big, 1, 0, cat({tsresol(big, 9), end_of_options(big)})),          // 0: ns
      idb(big, 1, 0, cat({tsresol(big, 0x80 | 20), end_of_options(big)})),  // 1: 2^-20 s
      idb(big, 1, 0, cat({tsresol(big, 3), tsoffset(big, 100)})),           // 2: ms, +100 s
      idb(big, 1, 0, cat({tsoffset(big, -10)})),                            // 3: µs, -10 s
      idb(big, 1, 0, cat({tsresol(big, 0x80 | 63)})),                       // 4: 2^-63 s
      idb(big, 1, 0, cat({tsresol(big, 19)})),                              // 5: 10^-19 s
      idb(big, 1, 0, cat({tsresol(big, 0)})),                               // 6: seconds
      epb(big, 0, 1700000000123456789ull, {}, 0),
      epb(big, 1, (5ull << 20) + (1ull << 19) + 1, {}, 0),
      epb(big, 2, 1700000000123ull, {}, 0),
      epb(big, 3, 20000001ull, {}, 0),
      epb(big, 4, 3ull << 62, {}, 0),  // 1.5 s
      epb(big, 5, 18446744073709551615ull, {}, 0),
      epb(big, 6, 1700000000ull, {}, 0),
  });
  CaptureReader reader(write_file("tsresol.pcapng", bytes));
  const jspcap::FileHeader& h = reader.header();
  REQUIRE(h.interfaces.size() == 7);
  CHECK(h.nanosecond);
  CHECK(h.interfaces[0].ts_digits == 9);
  CHECK(h.interfaces[1].ts_digits == 9);
  CHECK(h.interfaces[2].ts_digits == 6);
  CHECK(h.interfaces[2].ts_offset == 100);
  CHECK(h.interfaces[3].ts_digits == 6);
  CHECK(h.interfaces[3].ts_offset == -10);
  CHECK(h.interfaces[6].ts_digits == 6);

  const std::vector<Frame> f = read_all(reader);
  REQUIRE(f.size() == 7);
  CHECK(f[0].rec.ts_sec == 1700000000);
  CHECK(f[0].rec.ts_frac == 123456789);
  CHECK(f[0].rec.ts_digits == 9);
  CHECK(f[1].rec.ts_sec == 5);
  CHECK(f[1].rec.ts_frac == 500000953);  // (2^19 + 1) / 2^20 s = 0.50000095367… s, truncated
  CHECK(f[1].rec.ts_digits == 9);
  CHECK(f[2].rec.ts_sec == 1700000100);
  CHECK(f[2].rec.ts_frac == 123000);
  CHECK(f[2].rec.ts_digits == 6);
  CHECK(f[3].rec.ts_sec == 10);
  CHECK(f[3].rec.ts_frac == 1);
  CHECK(f[4].rec.ts_sec == 1);
  CHECK(f[4].rec.ts_frac == 500000000);
  CHECK(f[5].rec.ts_sec == 1);
  CHECK(f[5].rec.ts_frac == 844674407);  // 0.8446744073709551615 s, truncated
  CHECK(f[6].rec.ts_sec == 1700000000);
  CHECK(f[6].rec.ts_frac == 0);
}

TEST_CASE("pcapng: simple and obsolete packet blocks") {
  for (const bool big : {false, true}) {
    CAPTURE(big);
    const Buf bytes = cat({shb(big), idb(big, 1, 50, tsresol(big, 6)),
                           spb(big, 1514, payload(80, 1)),  // limited by the snaplen
                           spb(big, 20, payload(24, 2)),    // by the original length
                           spb(big, 100, payload(30, 3)),   // by the block (30, padded to 32)
                           opb(big, 0, 7, 3000001ull, payload(33, 4), 99)});
    const std::vector<Frame> f = read_all(write_file("spb_opb.pcapng", bytes));
    REQUIRE(f.size() == 4);
    CHECK(f[0].rec.cap_len == 50);
    CHECK(f[0].rec.wire_len == 1514);
    CHECK(f[0].data == payload(50, 1));
    CHECK(f[0].rec.ts_sec == 0);
    CHECK(f[0].rec.ts_frac == 0);
    CHECK(f[0].rec.interface_id == 0);
    CHECK(f[1].rec.cap_len == 20);
    CHECK(f[1].data == payload(20, 2));
    CHECK(f[2].rec.cap_len == 32);  // SPB has no captured length: padding cannot be told apart
    CHECK(f[2].rec.wire_len == 100);
    CHECK(f[3].rec.cap_len == 33);
    CHECK(f[3].rec.wire_len == 99);
    CHECK(f[3].rec.ts_sec == 3);
    CHECK(f[3].rec.ts_frac == 1);
    CHECK(f[3].data == payload(33, 4));
    CHECK(f[3].rec.number == 4);
  }
}

TEST_CASE("pcapng: blocks other than packets are skipped, custom blocks are records") {
  const bool big = true;
  Buf nrb = block(big, 4,
                  cat({Writer(big).u16(1).u16(8).out, Buf{10, 0, 0, 1}, text("a.b\0\0\0\0"),
                       Writer(big).u32(0).out}));
  Buf isb = block(big, 5, Writer(big).u32(0).u32(0).u32(0).out);
  Buf dsb = block(big, 10, payload(5000));
  Buf large = block(big, 0x00000101, payload(3 << 20));  // bigger than the read buffer
  Buf custom = block(big, 0x00000bad, cat({Writer(big).u32(32473).out, text("custom data!")}));
  const Buf bytes = cat({shb(big), nrb, idb(big, 1, 0), isb, epb(big, 0, 1, payload(5), 5), dsb,
                         large, custom, isb, epb(big, 0, 2, payload(6), 6)});
  CaptureReader reader(write_file("skip.pcapng", bytes));
  const std::vector<Frame> f = read_all(reader);
  REQUIRE(f.size() == 3);
  CHECK(f[0].data == payload(5));
  // tshark numbers custom blocks as frames; they carry plain data and no interface.
  CHECK(f[1].rec.number == 2);
  CHECK(f[1].rec.linktype == jspcap::kLinktypeNone);
  CHECK(f[1].rec.interface_id == jspcap::kNoInterface);
  CHECK(f[1].data == text("custom data!"));
  CHECK(f[1].rec.cap_len == 12);
  CHECK(f[2].rec.number == 3);
  CHECK(f[2].data == payload(6));
  CHECK(reader.bytes_consumed() == bytes.size());
}

TEST_CASE("pcapng: a section with no interface and no packets") {
  CaptureReader reader(write_file("no_idb.pcapng", shb(false)));
  CHECK(reader.header().format == FileFormat::pcapng);
  CHECK(reader.header().interfaces.empty());
  Record rec;
  CHECK_FALSE(reader.next(rec));
}

TEST_CASE("pcapng: errors") {
  const bool big = false;
  const Buf head = cat({shb(big), idb(big, 1, 0)});  // 28 + 20 bytes
  const Buf good = epb(big, 0, 1, payload(8), 8);

  SUBCASE("bad SHB version") {
    const fs::path path = write_file("shb_version.pcapng", shb(big, {}, 2, 0));
    const std::string msg = open_error(path);
    CHECK_MESSAGE(contains(msg, "unknown SHB version 2.0"), msg);
  }
  SUBCASE("bad byte-order magic") {
    Buf bytes = shb(big);
    bytes[8] = 0x11;
    const std::string msg = open_error(write_file("bom.pcapng", bytes));
    CHECK_MESSAGE(contains(msg, "section header block at offset 0: bad byte-order magic"), msg);
  }
  SUBCASE("truncated SHB") {
    Buf bytes = shb(big);
    bytes.resize(20);
    const std::string msg = open_error(write_file("shb_short.pcapng", bytes));
    CHECK_MESSAGE(contains(msg, "file ends inside the block (20 of 28 bytes)"), msg);
  }
  SUBCASE("an option running past the block") {
    Writer w(big);
    w.u16(2).u16(100).u32(0);  // if_name claiming 100 bytes with 4 left
    const fs::path path = write_file("opt_long.pcapng", cat({shb(big), idb(big, 1, 0, w.out)}));
    CHECK(open_error(path) == path.string() +
                                  ": interface description block at offset 28: option code 2 at "
                                  "offset 44 has length 100, but only 4 bytes of the block remain");
  }
  SUBCASE("an option running past the SHB") {
    Writer w(big);
    w.u16(1).u16(9).u32(0);
    const std::string msg = open_error(write_file("shb_opt.pcapng", shb(big, w.out)));
    CHECK_MESSAGE(contains(msg,
                           "section header block at offset 0: option code 1 at offset 24 has "
                           "length 9, but only 4 bytes of the block remain"),
                  msg);
  }
  SUBCASE("an option running past a packet block") {
    Writer w(big);
    w.u16(1).u16(12).u32(0);
    const fs::path path =
        write_file("epb_opt.pcapng", cat({head, good, epb(big, 0, 1, payload(8), 8, w.out)}));
    CaptureReader reader(path);
    Record rec;
    REQUIRE(reader.next(rec));
    const std::string msg = file_error([&] { reader.next(rec); });
    CHECK_MESSAGE(contains(msg,
                           "record 2 at offset 88 (enhanced packet block): option code 1 at "
                           "offset 124 has length 12"),
                  msg);
  }
  SUBCASE("interface id out of range") {
    const fs::path path =
        write_file("iface.pcapng", cat({head, good, epb(big, 3, 1, payload(8), 8)}));
    CaptureReader reader(path);
    Record rec;
    REQUIRE(reader.next(rec));
    CHECK(file_error([&] { reader.next(rec); }) ==
          path.string() +
              ": record 2 at offset 88 (enhanced packet block): interface id 3 does not "
              "exist (the section has 1 interface)");
  }
  SUBCASE("interface ids are per section") {
    // The second section has no interface of its own.
    const std::string msg = file_error([&] {
      read_all(write_file("iface2.pcapng",
                          cat({head, good, shb(true), epb(true, 0, 1, payload(8), 8)})));
    });
    CHECK_MESSAGE(contains(msg, "interface id 0 does not exist (the section has 0 interfaces)"),
                  msg);
  }
  SUBCASE("a simple packet block with no interface") {
    const std::string msg = file_error([&] {
      read_all(write_file("spb_noif.pcapng", cat({shb(big), spb(big, 8, payload(8))})));
    });
    CHECK_MESSAGE(contains(msg, "record 1 at offset 28 (simple packet block): interface id 0"),
                  msg);
  }
  SUBCASE("captured length past the block") {
    Buf bad = epb(big, 0, 1, payload(8), 8);
    bad[20] = 9;  // cap_len 9 in an 8-byte data area
    const std::string msg = file_error([&] {
      read_all(write_file("caplen.pcapng", cat({head, bad})));
    });
    CHECK_MESSAGE(contains(msg,
                           "record 1 at offset 48 (enhanced packet block): captured length 9 "
                           "exceeds the block's packet data (8 bytes)"),
                  msg);
  }
  SUBCASE("trailing length differs from the leading one") {
    Buf bad = good;
    bad[bad.size() - 4] += 4;
    const std::string msg = file_error([&] {
      read_all(write_file("trailer.pcapng", cat({head, bad})));
    });
    CHECK_MESSAGE(contains(msg,
                           "record 1 at offset 48 (enhanced packet block): trailing block "
                           "length 44 does not match the leading 40"),
                  msg);
  }
  SUBCASE("trailing length of a skipped block") {
    Buf bad = block(big, 5, payload(8));
    bad[bad.size() - 4] = 0;
    const std::string msg = file_error([&] {
      read_all(write_file("trailer2.pcapng", cat({head, bad})));
    });
    CHECK_MESSAGE(contains(msg, "block type 0x00000005 at offset 48: trailing block length 0"),
                  msg);
  }
  SUBCASE("total length not a multiple of 4") {
    Buf bad = good;
    bad[4] = 45;
    const std::string msg = file_error([&] {
      read_all(write_file("mult4.pcapng", cat({head, bad})));
    });
    CHECK_MESSAGE(contains(msg, "block total length 45 is not a multiple of 4"), msg);
  }
  SUBCASE("total length below the minimum") {
    Buf bad = Writer(big).u32(5).u32(8).out;
    const std::string msg = file_error([&] {
      read_all(write_file("min.pcapng", cat({head, bad})));
    });
    CHECK_MESSAGE(contains(msg,
                           "block type 0x00000005 at offset 48: block total length 8 is less "
                           "than the minimum 12"),
                  msg);
  }
  SUBCASE("unsupported if_tsresol") {
    const std::string msg = open_error(
        write_file("tsresol20.pcapng", cat({shb(big), idb(big, 1, 0, tsresol(big, 20))})));
    CHECK_MESSAGE(contains(msg, "if_tsresol 10^-20"), msg);
  }
  SUBCASE("file cut short after a good packet") {
    for (const std::size_t keep : {std::size_t{5}, std::size_t{30}}) {
      CAPTURE(keep);
      const Buf second = epb(big, 0, 2, payload(8), 8);
      const fs::path path = write_file(
          "cut.pcapng",
          cat({head, good, Buf(second.begin(), second.begin() + static_cast<long>(keep))}));
      CaptureReader reader(path);
      Record rec;
      REQUIRE(reader.next(rec));
      CHECK(rec.data.size() == 8);
      const std::string msg = file_error([&] { reader.next(rec); });
      if (keep < 8) {
        CHECK(msg == path.string() +
                         ": block at offset 88: file ends inside the block header (5 of 8 bytes)");
      } else {
        CHECK(msg == path.string() +
                         ": record 2 at offset 88 (enhanced packet block): file ends "
                         "inside the block (30 of 40 bytes)");
      }
    }
  }
  SUBCASE("file cut short inside a skipped block") {
    const Buf nrb = block(big, 4, payload(100));
    const std::string msg = file_error([&] {
      read_all(
          write_file("cut_skip.pcapng", cat({head, good, Buf(nrb.begin(), nrb.begin() + 50)})));
    });
    CHECK_MESSAGE(
        contains(
            msg,
            "block type 0x00000004 at offset 88: file ends inside the block (50 of 112 bytes)"),
        msg);
  }
}

// ==== real captures ==============================================================================

TEST_CASE("real captures") {
  SUBCASE("pcap nanosecond big-endian") {
    CaptureReader reader(shared("pcapplusplus__nanosecs_big_endian.pcap"));
    CHECK(reader.header().big_endian);
    CHECK(reader.header().nanosecond);
    const std::vector<Frame> f = read_all(reader);
    CHECK(f.size() == 10);
    CHECK(f[0].rec.ts_digits == 9);
  }
  SUBCASE("pcapng with several sections of both byte orders") {
    CaptureReader reader(shared("pcapng-test-generator__output_le__test202.pcapng"));
    const std::vector<Frame> f = read_all(reader);
    CHECK(f.size() == 11);
    CHECK(reader.header().interfaces.size() == 5);
  }
  SUBCASE("pcapng big-endian with every block type (custom blocks count as frames)") {
    const std::vector<Frame> f =
        read_all(shared("pcapng-test-generator__output_be__test102.pcapng"));
    REQUIRE(f.size() == 8);
    // tshark: frame.len / frame.cap_len
    const std::uint32_t wire[] = {24, 314, 60, 342, 314, 342, 168, 32};
    const std::uint32_t cap[] = {24, 96, 60, 342, 96, 96, 168, 32};
    for (std::size_t i = 0; i < 8; ++i) {
      CAPTURE(i);
      CHECK(f[i].rec.wire_len == wire[i]);
      CHECK(f[i].rec.cap_len == cap[i]);
    }
    CHECK(f[1].rec.ts_sec == 1340954905);
    CHECK(f[1].rec.ts_frac == 298858);
  }
  SUBCASE("modified pcap") {
    CaptureReader reader(shared("pcap-parser__modified-format.pcap"));
    CHECK(reader.header().format == FileFormat::pcap_modified);
    CHECK(read_all(reader).size() == 1);
  }
  SUBCASE("empty pcapng") {
    CaptureReader reader(shared("tcpdump__empty.pcapng"));
    CHECK(reader.header().linktype == 1);
    CHECK(read_all(reader).empty());
  }
  SUBCASE("cut short") {
    CaptureReader reader(shared("dpkt__truncated_dns_2.pcap"));
    Record rec;
    REQUIRE(reader.next(rec));
    CHECK(rec.cap_len == 200);
    CHECK(rec.wire_len == 282);
    const std::string msg = file_error([&] { reader.next(rec); });
    CHECK_MESSAGE(
        contains(msg, "record 2 at offset 240: file ends inside the record header (7 of 16 bytes)"),
        msg);
  }
  SUBCASE("rejected headers") {
    CHECK(contains(open_error(shared("libpcap__pcap-invalid-version-1.pcap")), "major version 1"));
    CHECK(contains(open_error(shared("libpcap__pcapng-invalid-vers-1.pcapng")),
                   "unknown SHB version 0.1"));
    CHECK(contains(open_error(shared("libpcap__shb-option-too-long.pcapng")), "has length 12336"));
    CHECK(contains(open_error(shared("libpcap__linktype-reserved-field-not-zero.pcap")),
                   "reserved bits"));
  }
  SUBCASE("FCS bits without the present flag") {
    CaptureReader reader(shared("tcpdump__heapoverflow-tcp_print.pcap"));
    CHECK(reader.header().linktype == 1);
    CHECK(reader.header().fcs_len == 0);
    CHECK(read_all(reader).size() == 1);
  }
  SUBCASE("invalid microsecond fractions are normalised") {
    const std::vector<Frame> f = read_all(shared("tcpdump__timestamp_invalid_micro.pcap"));
    REQUIRE(f.size() == 3);
    CHECK(f[1].rec.raw_ts_frac == 1000000);
    CHECK(f[1].rec.ts_sec == 1418145371);
    CHECK(f[1].rec.ts_frac == 0);
  }
  SUBCASE("every readable capture reads to the end") {
    std::size_t files = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(JSPCAP_SHARED_CAPTURES)) {
      const std::string ext = e.path().extension().string();
      if (ext != ".pcap" && ext != ".pcapng") continue;
      const std::string name = e.path().filename().string();
      if (name.rfind("libpcap__", 0) == 0 && contains(name, "invalid")) continue;
      if (name == "libpcap__linktype-reserved-field-not-zero.pcap" ||
          name == "libpcap__shb-option-too-long.pcapng" || name == "dpkt__truncated_dns_2.pcap") {
        continue;
      }
      CAPTURE(name);
      CaptureReader reader(e.path());
      read_all(reader);
      CHECK(reader.bytes_consumed() == reader.file_size());
      ++files;
    }
    CHECK(files > 100);
  }
}
