// Streaming capture-file reader for pcap (all magics) and pcapng.
//
// Design: one read buffer (1 MiB to start) that is refilled with read(2). A record is parsed only
// once all its bytes sit contiguously in the buffer, so Record::data can point straight into it;
// the buffer grows only when a single record or block does not fit. Nothing is ever mapped or
// read whole, so memory does not depend on the file size.
#include "jspcap/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>

#include "jspcap/error.hpp"

namespace jspcap {
namespace {

// Largest record we accept: libpcap's MAXIMUM_SNAPLEN. Anything bigger is a damaged length field.
constexpr std::uint32_t kMaxRecordLen = 0x10000000;
// Largest pcapng block: the largest record plus room for the packet block header and options
// (the same slack Wireshark allows).
constexpr std::uint32_t kMaxBlockLen = kMaxRecordLen + 128 * 1024 + 32;
constexpr std::size_t kInitialBufferSize = std::size_t{1} << 20;

// Magic numbers, as they read when the first four bytes are taken as a big-endian integer.
constexpr std::uint32_t kPcapMagicUsec = 0xa1b2c3d4;
constexpr std::uint32_t kPcapMagicNsec = 0xa1b23c4d;
constexpr std::uint32_t kPcapMagicModified = 0xa1b2cd34;  // Kuznetzov's patched libpcap
constexpr std::uint32_t kPcapngByteOrderMagic = 0x1a2b3c4d;

constexpr std::size_t kPcapFileHeaderLen = 24;
constexpr std::size_t kPcapRecordHeaderLen = 16;
constexpr std::size_t kPcapModifiedRecordHeaderLen = 24;  // + ifindex, protocol, pkt_type, pad

// The pcap "network" field packs more than the link type (see libpcap's pcap-common.h).
constexpr std::uint32_t kLinktypeMask = 0x0000ffff;
constexpr std::uint32_t kReservedMask = 0x03ff0000;
constexpr std::uint32_t kFcsPresentFlag = 0x04000000;
constexpr unsigned kFcsLenShift = 28;  // bits 28-31: FCS length in 16-bit words

// pcapng block types we interpret; every other type is skipped by its total length.
constexpr std::uint32_t kBlockShb = 0x0a0d0d0a;  // a palindrome: reads the same in both orders
constexpr std::uint32_t kBlockIdb = 0x00000001;
constexpr std::uint32_t kBlockOpb = 0x00000002;
constexpr std::uint32_t kBlockSpb = 0x00000003;
constexpr std::uint32_t kBlockEpb = 0x00000006;
constexpr std::uint32_t kBlockCb = 0x00000bad;        // custom block, may be copied
constexpr std::uint32_t kBlockCbNoCopy = 0x40000bad;  // custom block, must not be copied

// Minimum total lengths: block header (8) + fixed body + trailing length (4).
constexpr std::uint32_t kMinBlockLen = 12;
constexpr std::uint32_t kMinShbLen = 28;
constexpr std::uint32_t kMinIdbLen = 20;
constexpr std::uint32_t kMinEpbLen = 32;
constexpr std::uint32_t kMinOpbLen = 32;
constexpr std::uint32_t kMinSpbLen = 16;
constexpr std::uint32_t kMinCbLen = 16;

// pcapng option codes.
constexpr std::uint16_t kOptEndOfOpt = 0;
constexpr std::uint16_t kOptIfName = 2;
constexpr std::uint16_t kOptIfTsresol = 9;
constexpr std::uint16_t kOptIfTsoffset = 14;

__extension__ typedef unsigned __int128 uint128;  // __extension__: keeps -Wpedantic quiet

std::string hex32(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

std::string num(std::uint64_t v) { return std::to_string(v); }

constexpr std::uint64_t pow10(unsigned n) {
  std::uint64_t v = 1;
  while (n-- > 0) v *= 10;
  return v;
}

constexpr std::size_t pad4(std::size_t n) { return (n + 3) & ~std::size_t{3}; }

/// Integer loads in one byte order, chosen at run time (pcapng sections may differ).
struct Endian {
  bool big = false;
  std::uint16_t u16(const std::uint8_t* p) const { return big ? load_be16(p) : load_le16(p); }
  std::uint32_t u32(const std::uint8_t* p) const { return big ? load_be32(p) : load_le32(p); }
  std::uint64_t u64(const std::uint8_t* p) const { return big ? load_be64(p) : load_le64(p); }
};

/// Owns a file descriptor.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) noexcept : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const noexcept { return fd_; }

 private:
  int fd_;
};

/// A sliding window on the file. fill(n) guarantees n contiguous bytes at data() (unless the file
/// ends first); consume(n) moves the window forward. Pointers into the window stay valid until
/// the next fill() or skip(), which may move or reallocate the buffer.
class InputBuffer {
 public:
  InputBuffer(int fd, std::string name)
      : fd_(fd),
        name_(std::move(name)),
        capacity_(kInitialBufferSize),
        buf_(new std::uint8_t[capacity_]) {}  // not value-initialised: no need to zero 1 MiB

  /// For a regular file, its size: fill() then never makes room for bytes past the end, so a
  /// damaged length field in a small file cannot cost a buffer of hundreds of MiB.
  void set_size_hint(std::uint64_t size) noexcept { size_hint_ = size; }

  /// Makes up to `n` bytes available at data(). Returns how many are available: `n`, or fewer
  /// only when the file ends first.
  std::size_t fill(std::size_t n) {
    if (available() >= n) return n;
    std::size_t room = n;
    if (size_hint_ != 0 && offset_ + n > size_hint_) {
      const std::uint64_t left = size_hint_ - std::min(size_hint_, offset_);
      room = static_cast<std::size_t>(std::max<std::uint64_t>(left, available()));
    }
    make_room(room);
    while (available() < n && end_ < capacity_) {
      const std::size_t got = read_some(buf_.get() + end_, capacity_ - end_);
      if (got == 0) break;
      end_ += got;
    }
    return std::min(available(), n);
  }

  const std::uint8_t* data() const noexcept { return buf_.get() + begin_; }
  void consume(std::size_t n) noexcept {
    begin_ += n;
    offset_ += n;
  }
  /// File offset of data()[0].
  std::uint64_t offset() const noexcept { return offset_; }

  /// Consumes `n` bytes without keeping them (for blocks we do not interpret, which may be
  /// larger than anything we want to hold). Returns how many were consumed: fewer than `n` only
  /// when the file ends first.
  std::uint64_t skip(std::uint64_t n) {
    std::uint64_t done = 0;
    while (done < n) {
      if (available() == 0) {
        begin_ = end_ = 0;
        const std::size_t got = read_some(buf_.get(), capacity_);
        if (got == 0) break;
        end_ = got;
      }
      const std::size_t step =
          static_cast<std::size_t>(std::min<std::uint64_t>(n - done, available()));
      consume(step);
      done += step;
    }
    return done;
  }

 private:
  std::size_t available() const noexcept { return end_ - begin_; }

  /// Ensures the buffer can hold `n` bytes from begin_: moves the live bytes to the front, and
  /// reallocates only when `n` exceeds the capacity (a record larger than any seen so far).
  void make_room(std::size_t n) {
    if (capacity_ - begin_ >= n) return;
    const std::size_t live = available();
    if (capacity_ >= n) {
      std::memmove(buf_.get(), buf_.get() + begin_, live);
    } else {
      std::unique_ptr<std::uint8_t[]> bigger(new std::uint8_t[n]);
      std::memcpy(bigger.get(), buf_.get() + begin_, live);
      buf_ = std::move(bigger);
      capacity_ = n;
    }
    begin_ = 0;
    end_ = live;
  }

  std::size_t read_some(std::uint8_t* dst, std::size_t size) {
    for (;;) {
      const ssize_t got = ::read(fd_, dst, size);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno == EINTR) continue;
      throw FileError(name_ + ": read error after offset " + num(offset_ + available()) + ": " +
                      std::generic_category().message(errno));
    }
  }

  int fd_;
  std::string name_;
  std::size_t capacity_;
  std::unique_ptr<std::uint8_t[]> buf_;
  std::size_t begin_ = 0;        // first unconsumed byte
  std::size_t end_ = 0;          // one past the last byte read from the file
  std::uint64_t offset_ = 0;     // file offset of buf_[begin_]
  std::uint64_t size_hint_ = 0;  // 0: unknown (not a regular file)
};

/// How a pcapng interface's raw 64-bit timestamps map to seconds.
struct TimeBase {
  std::uint64_t units_per_second = 1000000;  // the pcapng default resolution, 10^-6
  std::uint8_t digits = 6;
  std::int64_t offset = 0;  // if_tsoffset, seconds
};

struct Timestamp {
  std::int64_t sec;
  std::uint32_t frac;  // in units of 10^-digits
};

/// Exact conversion (truncating below the reported precision). The 128-bit product avoids the
/// overflow of remainder * 10^9 for resolutions finer than about 10^-10 or 2^-34.
Timestamp convert_pcapng_time(std::uint64_t raw, const TimeBase& tb) {
  const std::uint64_t sec = raw / tb.units_per_second;
  const std::uint64_t rem = raw % tb.units_per_second;
  const std::uint64_t scale = pow10(tb.digits);
  std::uint64_t frac;
  if (tb.units_per_second == scale) {
    frac = rem;
  } else {
    frac = static_cast<std::uint64_t>(static_cast<uint128>(rem) * scale / tb.units_per_second);
  }
  // Unsigned addition then conversion: wraps instead of overflowing for absurd values.
  return {static_cast<std::int64_t>(sec + static_cast<std::uint64_t>(tb.offset)),
          static_cast<std::uint32_t>(frac)};
}

const char* block_name(std::uint32_t type) {
  switch (type) {
    case kBlockShb: return "section header block";
    case kBlockIdb: return "interface description block";
    case kBlockOpb: return "obsolete packet block";
    case kBlockSpb: return "simple packet block";
    case kBlockEpb: return "enhanced packet block";
    case kBlockCb:
    case kBlockCbNoCopy: return "custom block";
    default: return nullptr;
  }
}

bool is_packet_block(std::uint32_t type) {
  return type == kBlockEpb || type == kBlockSpb || type == kBlockOpb;
}

bool is_custom_block(std::uint32_t type) { return type == kBlockCb || type == kBlockCbNoCopy; }

/// Blocks returned as records: packets, and custom blocks because tshark numbers them as frames
/// too (frame numbers must agree with tshark's).
bool is_record_block(std::uint32_t type) { return is_packet_block(type) || is_custom_block(type); }

int open_or_throw(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) return fd;
  const int err = errno;
  if (err == ENOENT) throw FileNotFound("No such file or directory: '" + path.string() + "'");
  throw FileError(path.string() + ": cannot open: " + std::generic_category().message(err));
}

}  // namespace

struct CaptureReader::Impl {
  std::filesystem::path path;
  std::string name;  // path as text, the prefix of every message
  FileDescriptor fd;
  std::uint64_t file_size = 0;  // from fstat; 0 when not a regular file
  InputBuffer in;
  FileHeader header;
  std::uint64_t records = 0;  // records returned so far
  std::string failure;        // set once a FileError was thrown: the reader stays failed

  // pcap
  Endian pcap_endian;
  std::size_t pcap_record_header_len = kPcapRecordHeaderLen;
  std::uint8_t pcap_digits = 6;

  // pcapng: the current section's byte order and where its interfaces start in
  // header.interfaces (interface ids in packet blocks are relative to the section).
  Endian section;
  std::size_t section_first_interface = 0;
  std::size_t section_interfaces = 0;
  std::vector<TimeBase> time_bases;  // parallel to header.interfaces

  explicit Impl(const std::filesystem::path& p)
      : path(p), name(p.string()), fd(open_or_throw(p)), in(fd.get(), name) {}

  [[noreturn]] void fail(const std::string& what) {
    failure = name + ": " + what;
    throw FileError(failure);
  }

  std::string record_at(std::uint64_t offset) const {
    return "record " + num(records + 1) + " at offset " + num(offset);
  }

  std::string block_at(std::uint32_t type, std::uint64_t offset) const {
    if (is_record_block(type)) return record_at(offset) + " (" + block_name(type) + ")";
    if (const char* known = block_name(type))
      return std::string(known) + " at offset " + num(offset);
    return "block type " + hex32(type) + " at offset " + num(offset);
  }

  // ---- opening -------------------------------------------------------------------------------

  void open() {
    const std::size_t got = in.fill(4);
    if (got == 0) fail("empty file");
    if (got < 4) fail("file header truncated (" + num(got) + " of 24 bytes)");
    const std::uint32_t magic = load_be32(in.data());
    if (magic == kBlockShb) return open_pcapng();
    for (const bool big : {true, false}) {
      const std::uint32_t m = big ? magic : __builtin_bswap32(magic);
      if (m == kPcapMagicUsec || m == kPcapMagicNsec || m == kPcapMagicModified) {
        return open_pcap(big, m);
      }
    }
    fail("not a pcap or pcapng file (magic " + hex32(magic) + ")");
  }

  void open_pcap(bool big, std::uint32_t magic) {
    const std::size_t got = in.fill(kPcapFileHeaderLen);
    if (got < kPcapFileHeaderLen) {
      fail("file header truncated (" + num(got) + " of " + num(kPcapFileHeaderLen) + " bytes)");
    }
    pcap_endian.big = big;
    const std::uint8_t* p = in.data();
    FileHeader& h = header;
    h.format = magic == kPcapMagicModified ? FileFormat::pcap_modified : FileFormat::pcap;
    h.big_endian = big;
    h.nanosecond = magic == kPcapMagicNsec;
    h.magic = magic;
    h.version_major = pcap_endian.u16(p + 4);
    h.version_minor = pcap_endian.u16(p + 6);
    h.thiszone = static_cast<std::int32_t>(pcap_endian.u32(p + 8));
    h.sigfigs = pcap_endian.u32(p + 12);
    h.snaplen = pcap_endian.u32(p + 16);
    const std::uint32_t network = pcap_endian.u32(p + 20);

    if (h.version_major != 2) {
      fail("pcap major version " + num(h.version_major) + " unsupported (version " +
           num(h.version_major) + "." + num(h.version_minor) + ", expected 2.x)");
    }
    if ((network & kReservedMask) != 0) {
      fail("network field " + hex32(network) + ": reserved bits " + hex32(network & kReservedMask) +
           " are not zero");
    }
    h.linktype = network & kLinktypeMask;
    // Bits 28-31 without the "present" flag are accepted and ignored, as tshark does.
    h.fcs_len = (network & kFcsPresentFlag) != 0
                    ? static_cast<std::uint8_t>(((network >> kFcsLenShift) & 0xf) * 2)
                    : 0;
    pcap_digits = h.nanosecond ? 9 : 6;
    pcap_record_header_len =
        h.format == FileFormat::pcap_modified ? kPcapModifiedRecordHeaderLen : kPcapRecordHeaderLen;

    Interface iface;
    iface.linktype = h.linktype;
    iface.snaplen = h.snaplen;
    iface.ts_digits = pcap_digits;
    h.interfaces.push_back(iface);
    in.consume(kPcapFileHeaderLen);
  }

  void open_pcapng() {
    read_section_header();
    // Read the blocks in front of the first packet (interfaces, comments, name resolution…)
    // so that header() describes the first interface as soon as the file is open.
    read_pcapng(nullptr);
  }

  // ---- pcap ----------------------------------------------------------------------------------

  bool read_pcap(Record& out) {
    const std::size_t hlen = pcap_record_header_len;
    std::size_t got = in.fill(hlen);
    if (got == 0) return false;  // ends on a record boundary: clean end of file
    const std::uint64_t offset = in.offset();
    if (got < hlen) {
      fail(record_at(offset) + ": file ends inside the record header (" + num(got) + " of " +
           num(hlen) + " bytes)");
    }
    const std::uint32_t incl_len = pcap_endian.u32(in.data() + 8);
    // incl_len > snaplen and incl_len > orig_len both occur in real files and are accepted;
    // only a length no capture tool can produce is treated as damage.
    if (incl_len > kMaxRecordLen) {
      fail(record_at(offset) + ": incl_len " + num(incl_len) + " exceeds the maximum " +
           num(kMaxRecordLen));
    }
    const std::size_t total = hlen + incl_len;
    got = in.fill(total);
    if (got < total) {
      fail(record_at(offset) + ": file ends inside the record data (" + num(got - hlen) + " of " +
           num(incl_len) + " bytes)");
    }
    const std::uint8_t* p = in.data();
    out.number = ++records;
    out.offset = offset;
    out.raw_ts_sec = pcap_endian.u32(p);
    out.raw_ts_frac = pcap_endian.u32(p + 4);
    // A fraction of a second >= 1 s occurs in real files: carry it into the seconds.
    const std::uint64_t scale = pow10(pcap_digits);
    out.ts_sec = static_cast<std::int64_t>(out.raw_ts_sec) +
                 static_cast<std::int64_t>(out.raw_ts_frac / scale);
    out.ts_frac = static_cast<std::uint32_t>(out.raw_ts_frac % scale);
    out.ts_digits = pcap_digits;
    out.cap_len = incl_len;
    out.wire_len = pcap_endian.u32(p + 12);
    out.linktype = header.linktype;
    out.interface_id = 0;
    out.data = Bytes(p + hlen, incl_len);
    in.consume(total);
    return true;
  }

  // ---- pcapng --------------------------------------------------------------------------------

  /// Reads blocks until one that is a record (a packet or custom block), which fills `*out`
  /// (returns true), or the end of the file (returns false). With out == nullptr, stops in front
  /// of the first such block instead, leaving it unread.
  bool read_pcapng(Record* out) {
    for (;;) {
      const std::size_t got = in.fill(8);
      if (got == 0) return false;  // ends on a block boundary: clean end of file
      const std::uint64_t offset = in.offset();
      if (got < 8) {
        fail("block at offset " + num(offset) + ": file ends inside the block header (" + num(got) +
             " of 8 bytes)");
      }
      const std::uint32_t type = section.u32(in.data());
      if (type == kBlockShb) {
        read_section_header();
        continue;
      }
      if (is_record_block(type)) {
        if (out == nullptr) return false;
        if (is_custom_block(type)) {
          read_custom_block(type, offset, *out);
        } else {
          read_packet_block(type, offset, *out);
        }
        return true;
      }
      if (type == kBlockIdb) {
        read_interface_block(offset);
      } else {
        skip_block(type, offset);
      }
    }
  }

  /// Checks the leading total length of the block at data(): the format's rules plus a minimum
  /// for the block type and a maximum that keeps a damaged length from exhausting memory.
  std::uint32_t block_length(std::uint32_t type, std::uint64_t offset, std::uint32_t min_len) {
    const std::uint32_t len = section.u32(in.data() + 4);
    if (len < min_len) {
      fail(block_at(type, offset) + ": block total length " + num(len) +
           " is less than the minimum " + num(min_len));
    }
    if (len % 4 != 0) {
      fail(block_at(type, offset) + ": block total length " + num(len) + " is not a multiple of 4");
    }
    if (len > kMaxBlockLen) {
      fail(block_at(type, offset) + ": block total length " + num(len) + " exceeds the maximum " +
           num(kMaxBlockLen));
    }
    return len;
  }

  void check_trailer(const std::uint8_t* trailer, std::uint32_t len, std::uint32_t type,
                     std::uint64_t offset) {
    const std::uint32_t trailing = section.u32(trailer);
    if (trailing != len) {
      fail(block_at(type, offset) + ": trailing block length " + num(trailing) +
           " does not match the leading " + num(len));
    }
  }

  /// Brings the whole block into the buffer and returns its first byte.
  const std::uint8_t* load_block(std::uint32_t type, std::uint64_t offset, std::uint32_t len) {
    const std::size_t got = in.fill(len);
    if (got < len) {
      fail(block_at(type, offset) + ": file ends inside the block (" + num(got) + " of " +
           num(len) + " bytes)");
    }
    return in.data();
  }

  /// Checks the trailing length of the loaded block. Called after the body has been parsed, so
  /// that a damaged body is reported as such (as tshark does) rather than as a length mismatch.
  void check_loaded_trailer(std::uint32_t type, std::uint64_t offset, std::uint32_t len) {
    check_trailer(in.data() + len - 4, len, type, offset);
  }

  void skip_block(std::uint32_t type, std::uint64_t offset) {
    const std::uint32_t len = block_length(type, offset, kMinBlockLen);
    const std::uint64_t skipped = in.skip(len - 4);
    const std::size_t got = skipped == len - 4u ? in.fill(4) : 0;
    if (got < 4) {
      fail(block_at(type, offset) + ": file ends inside the block (" + num(skipped + got) + " of " +
           num(len) + " bytes)");
    }
    check_trailer(in.data(), len, type, offset);
    in.consume(4);
  }

  /// Walks the options in [p, p + size) until opt_endofopt, calling on_option(code, value,
  /// length) for each. `base` is the file offset of p; type and offset name the block in
  /// messages (built only on failure: this runs for every packet).
  template <class OnOption>
  void walk_options(const std::uint8_t* p, std::size_t size, std::uint64_t base, std::uint32_t type,
                    std::uint64_t offset, OnOption&& on_option) {
    std::size_t pos = 0;
    while (pos < size) {
      if (size - pos < 4) {
        fail(block_at(type, offset) + ": option header at offset " + num(base + pos) +
             " truncated (" + num(size - pos) + " of 4 bytes left in the block)");
      }
      const std::uint16_t code = section.u16(p + pos);
      const std::uint16_t length = section.u16(p + pos + 2);
      if (code == kOptEndOfOpt) return;
      const std::size_t left = size - pos - 4;
      if (pad4(length) > left) {
        fail(block_at(type, offset) + ": option code " + num(code) + " at offset " +
             num(base + pos) + " has length " + num(length) + ", but only " + num(left) +
             " bytes of the block remain");
      }
      on_option(code, p + pos + 4, length);
      pos += 4 + pad4(length);
    }
  }

  void ignore_options(const std::uint8_t* p, std::size_t size, std::uint64_t base,
                      std::uint32_t type, std::uint64_t offset) {
    walk_options(p, size, base, type, offset,
                 [](std::uint16_t, const std::uint8_t*, std::uint16_t) {});
  }

  void read_section_header() {
    const std::uint64_t offset = in.offset();
    const std::string where = "section header block at offset " + num(offset);
    const std::size_t got = in.fill(12);
    if (got < 12) {
      fail(where + ": file ends inside the block (" + num(got) + " of at least " + num(kMinShbLen) +
           " bytes)");
    }
    // The byte-order magic decides how to read everything else in the section, including the
    // total length that precedes it.
    const std::uint8_t* p = in.data();
    if (load_le32(p + 8) == kPcapngByteOrderMagic) {
      section.big = false;
    } else if (load_be32(p + 8) == kPcapngByteOrderMagic) {
      section.big = true;
    } else {
      fail(where + ": bad byte-order magic " + hex32(load_be32(p + 8)));
    }
    const std::uint32_t len = block_length(kBlockShb, offset, kMinShbLen);
    p = load_block(kBlockShb, offset, len);
    const std::uint16_t major = section.u16(p + 12);
    const std::uint16_t minor = section.u16(p + 14);
    if (major != 1) {
      fail(where + ": unknown SHB version " + num(major) + "." + num(minor) +
           " (major version must be 1)");
    }
    ignore_options(p + 24, len - 28, offset + 24, kBlockShb, offset);
    check_loaded_trailer(kBlockShb, offset, len);

    if (offset == 0) {
      header.format = FileFormat::pcapng;
      header.big_endian = section.big;
      header.magic = kBlockShb;
      header.version_major = major;
      header.version_minor = minor;
    }
    // Interface ids restart at 0 in every section.
    section_first_interface = header.interfaces.size();
    section_interfaces = 0;
    in.consume(len);
  }

  void read_interface_block(std::uint64_t offset) {
    const std::uint32_t len = block_length(kBlockIdb, offset, kMinIdbLen);
    const std::uint8_t* p = load_block(kBlockIdb, offset, len);
    Interface iface;
    iface.linktype = section.u16(p + 8);
    iface.snaplen = section.u32(p + 12);
    TimeBase tb;
    walk_options(p + 16, len - 20, offset + 16, kBlockIdb, offset,
                 [&](std::uint16_t code, const std::uint8_t* v, std::uint16_t n) {
                   if (code == kOptIfName) {
                     iface.name.assign(reinterpret_cast<const char*>(v), n);
                     // Some writers include the terminating NUL(s).
                     iface.name.erase(iface.name.find_last_not_of('\0') + 1);
                   } else if (code == kOptIfTsresol && n == 1) {
                     set_resolution(tb, v[0], offset);
                   } else if (code == kOptIfTsoffset && n == 8) {
                     tb.offset = static_cast<std::int64_t>(section.u64(v));
                   }
                 });
    check_loaded_trailer(kBlockIdb, offset, len);
    iface.ts_digits = tb.digits;
    iface.ts_offset = tb.offset;
    if (header.interfaces.empty()) {
      header.linktype = iface.linktype;
      header.snaplen = iface.snaplen;
    }
    if (tb.digits == 9) header.nanosecond = true;
    header.interfaces.push_back(std::move(iface));
    time_bases.push_back(tb);
    ++section_interfaces;
    in.consume(len);
  }

  /// if_tsresol: MSB clear = 10^-n seconds, MSB set = 2^-n seconds. Decimal resolutions of
  /// microseconds or coarser are reported in µs, everything finer (and any binary one) in ns.
  void set_resolution(TimeBase& tb, std::uint8_t tsresol, std::uint64_t offset) {
    const unsigned exponent = tsresol & 0x7f;
    const std::string where = block_at(kBlockIdb, offset);
    if ((tsresol & 0x80) != 0) {
      if (exponent > 63) {
        fail(where + ": if_tsresol 2^-" + num(exponent) + " is finer than 2^-63");
      }
      tb.units_per_second = std::uint64_t{1} << exponent;
      tb.digits = 9;
    } else {
      if (exponent > 19) {
        fail(where + ": if_tsresol 10^-" + num(exponent) + " is finer than 10^-19");
      }
      tb.units_per_second = pow10(exponent);
      tb.digits = exponent <= 6 ? 6 : 9;
    }
  }

  /// Maps a section-relative interface id to an index into header.interfaces.
  std::size_t global_interface(std::uint32_t local_id, std::uint32_t type, std::uint64_t offset) {
    if (local_id >= section_interfaces) {
      fail(block_at(type, offset) + ": interface id " + num(local_id) +
           " does not exist (the section has " + num(section_interfaces) + " interface" +
           (section_interfaces == 1 ? "" : "s") + ")");
    }
    return section_first_interface + local_id;
  }

  void read_packet_block(std::uint32_t type, std::uint64_t offset, Record& out) {
    const std::uint32_t min_len = type == kBlockEpb   ? kMinEpbLen
                                  : type == kBlockOpb ? kMinOpbLen
                                                      : kMinSpbLen;
    const std::uint32_t len = block_length(type, offset, min_len);
    const std::uint8_t* p = load_block(type, offset, len);

    std::uint32_t local_id;
    std::uint64_t raw_ts = 0;
    std::uint32_t cap_len;
    std::uint32_t wire_len;
    std::size_t data_at;
    bool has_timestamp = true;
    if (type == kBlockSpb) {
      // No interface id (always 0), no timestamp, no captured length: the data fills the
      // block up to the interface's snap length and the original length.
      local_id = 0;
      has_timestamp = false;
      wire_len = section.u32(p + 8);
      data_at = 12;
      cap_len = std::min(wire_len, len - kMinSpbLen);
    } else {
      // EPB: interface id u32. OPB: interface id u16 + drops count u16.
      local_id = type == kBlockEpb ? section.u32(p + 8) : section.u16(p + 8);
      raw_ts = (std::uint64_t{section.u32(p + 12)} << 32) | section.u32(p + 16);
      cap_len = section.u32(p + 20);
      wire_len = section.u32(p + 24);
      data_at = 28;
      const std::uint32_t body = len - min_len;
      if (cap_len > body) {
        fail(block_at(type, offset) + ": captured length " + num(cap_len) +
             " exceeds the block's packet data (" + num(body) + " bytes)");
      }
      if (cap_len > kMaxRecordLen) {
        fail(block_at(type, offset) + ": captured length " + num(cap_len) +
             " exceeds the maximum " + num(kMaxRecordLen));
      }
      const std::size_t options_at = data_at + pad4(cap_len);
      ignore_options(p + options_at, len - 4 - options_at, offset + options_at, type, offset);
    }

    const std::size_t index = global_interface(local_id, type, offset);
    const Interface& iface = header.interfaces[index];
    const TimeBase& tb = time_bases[index];
    if (type == kBlockSpb && iface.snaplen != 0) cap_len = std::min(cap_len, iface.snaplen);
    check_loaded_trailer(type, offset, len);

    out.number = ++records;
    out.offset = offset;
    if (has_timestamp) {
      const Timestamp ts = convert_pcapng_time(raw_ts, tb);
      out.ts_sec = ts.sec;
      out.ts_frac = ts.frac;
    } else {
      out.ts_sec = 0;
      out.ts_frac = 0;
    }
    out.ts_digits = tb.digits;
    // The stored 64-bit timestamp's high and low words.
    out.raw_ts_sec = static_cast<std::uint32_t>(raw_ts >> 32);
    out.raw_ts_frac = static_cast<std::uint32_t>(raw_ts);
    out.cap_len = cap_len;
    out.wire_len = wire_len;
    out.linktype = iface.linktype;
    out.interface_id = static_cast<std::uint32_t>(index);
    out.data = Bytes(p + data_at, cap_len);
    in.consume(len);
  }

  /// A custom block becomes a record of plain data (its custom data and options, everything
  /// after the Private Enterprise Number) with no interface and no timestamp, as in tshark.
  void read_custom_block(std::uint32_t type, std::uint64_t offset, Record& out) {
    const std::uint32_t len = block_length(type, offset, kMinCbLen);
    const std::uint8_t* p = load_block(type, offset, len);
    check_loaded_trailer(type, offset, len);
    const std::uint32_t data_len = len - kMinCbLen;
    out.number = ++records;
    out.offset = offset;
    out.ts_sec = 0;
    out.ts_frac = 0;
    out.ts_digits = 6;
    out.raw_ts_sec = 0;
    out.raw_ts_frac = 0;
    out.cap_len = data_len;
    out.wire_len = data_len;
    out.linktype = kLinktypeNone;
    out.interface_id = kNoInterface;
    out.data = Bytes(p + 12, data_len);
    in.consume(len);
  }
};

CaptureReader::CaptureReader(const std::filesystem::path& path)
    : impl_(std::make_unique<Impl>(path)) {
  struct stat st {};
  if (::fstat(impl_->fd.get(), &st) != 0) {
    throw FileError(impl_->name + ": cannot stat: " + std::generic_category().message(errno));
  }
  if (S_ISDIR(st.st_mode)) throw FileError(impl_->name + ": is a directory");
  if (S_ISREG(st.st_mode)) {
    impl_->file_size = static_cast<std::uint64_t>(st.st_size);
    impl_->in.set_size_hint(impl_->file_size);
    ::posix_fadvise(impl_->fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
  }
  impl_->open();
}

CaptureReader::~CaptureReader() = default;
CaptureReader::CaptureReader(CaptureReader&&) noexcept = default;
CaptureReader& CaptureReader::operator=(CaptureReader&&) noexcept = default;

const FileHeader& CaptureReader::header() const noexcept { return impl_->header; }
const std::filesystem::path& CaptureReader::path() const noexcept { return impl_->path; }

bool CaptureReader::next(Record& out) {
  // A damaged file stays damaged: repeat the first error rather than parse from a bad position.
  if (!impl_->failure.empty()) throw FileError(impl_->failure);
  if (impl_->header.format == FileFormat::pcapng) return impl_->read_pcapng(&out);
  return impl_->read_pcap(out);
}

std::uint64_t CaptureReader::bytes_consumed() const noexcept { return impl_->in.offset(); }
std::uint64_t CaptureReader::file_size() const noexcept { return impl_->file_size; }

}  // namespace jspcap
