// Allocation tests: the packet path promises no heap allocation (DESIGN.md, principle 3), and
// reading a capture takes memory that does not grow with the file. Every replaceable global
// operator new is replaced here by one that counts, while counting is switched on, in a global
// atomic counter; the tests switch it on only around the code under test.
//
// The replacement is program-wide (it serves every test in jspcap_tests); with counting off it is
// plain malloc/free.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "jspcap/extract.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/report.hpp"

#ifndef JSPCAP_SHARED_CAPTURES
#error "JSPCAP_SHARED_CAPTURES must be defined as the absolute path of the shared captures"
#endif

namespace {

std::atomic<bool> g_counting{false};
std::atomic<std::uint64_t> g_allocations{0};

void* counted_malloc(std::size_t n) noexcept {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n ? n : 1);
}

void* counted_aligned(std::size_t n, std::align_val_t al) noexcept {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  std::size_t align = static_cast<std::size_t>(al);
  if (align < sizeof(void*)) align = sizeof(void*);
  void* p = nullptr;
  if (posix_memalign(&p, align, n ? n : 1) != 0) return nullptr;
  return p;
}

void* or_throw(void* p) {
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace

// ---- the replaceable allocation functions ([new.delete]) ----------------------------------------

void* operator new(std::size_t n) { return or_throw(counted_malloc(n)); }
void* operator new[](std::size_t n) { return or_throw(counted_malloc(n)); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new(std::size_t n, std::align_val_t al) { return or_throw(counted_aligned(n, al)); }
void* operator new[](std::size_t n, std::align_val_t al) { return or_throw(counted_aligned(n, al)); }
void* operator new(std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept { return counted_aligned(n, al); }
void* operator new[](std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept { return counted_aligned(n, al); }

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

namespace fs = std::filesystem;
using Buf = std::vector<std::uint8_t>;

/// Counts the allocations made between start() and stop(), over any number of intervals. No
/// doctest assertion may run while counting (an assertion may allocate).
class AllocationCounter {
 public:
  AllocationCounter() { g_allocations.store(0); }
  ~AllocationCounter() { g_counting.store(false); }
  void start() { g_counting.store(true); }
  void stop() { g_counting.store(false); }
  std::uint64_t count() const { return g_allocations.load(); }
};

fs::path shared(const char* name) { return fs::path(JSPCAP_SHARED_CAPTURES) / name; }

/// Every record of a capture, with its bytes copied (Record::data is only valid until the next
/// read).
struct Capture {
  std::vector<Buf> bytes;
  std::vector<jspcap::Record> records;
};

Capture load(const fs::path& path) {
  Capture c;
  jspcap::CaptureReader reader(path);
  jspcap::Record r;
  while (reader.next(r)) {
    c.bytes.emplace_back(r.data.begin(), r.data.end());
    c.records.push_back(r);
  }
  for (std::size_t i = 0; i < c.records.size(); ++i) c.records[i].data = jspcap::Bytes(c.bytes[i]);
  return c;
}

const char* const kCaptures[] = {
    "pcapplusplus__many-protocols.pcap",          // Ethernet, IPv4/IPv6, TCP, UDP, ICMP, ARP, VLAN…
    "pcap-parser__wireshark_samples-test.pcapng",  // pcapng, many link layers and protocols
    "pcapplusplus__sll.pcap",                      // Linux SLL
    "pcapplusplus__sll2.pcap",                     // Linux SLL2
    "pcapplusplus__null_loopback.pcap",            // BSD loopback
    "pcapplusplus__raw_ip.pcap",                   // raw IP
    "pcapplusplus__VlanPackets.pcap",              // 802.1Q
    "tcpdump__802.1ad_QinQ.pcap",                  // stacked tags
};

}  // namespace

TEST_CASE("allocation counter: every form of operator new is counted") {
  // Explicit calls of the allocation functions (new-expressions may be elided by the compiler).
  AllocationCounter counter;
  counter.start();
  void* a = ::operator new(24);
  void* b = ::operator new[](24);
  void* c = ::operator new(24, std::nothrow);
  void* d = ::operator new[](24, std::nothrow);
  void* e = ::operator new(24, std::align_val_t{64});
  void* f = ::operator new[](24, std::align_val_t{64});
  void* g = ::operator new(24, std::align_val_t{64}, std::nothrow);
  void* h = ::operator new[](24, std::align_val_t{64}, std::nothrow);
  auto v = std::make_unique<std::vector<int>>(100, 7);
  counter.stop();
  const bool e_aligned = reinterpret_cast<std::uintptr_t>(e) % 64 == 0;
  const bool h_aligned = reinterpret_cast<std::uintptr_t>(h) % 64 == 0;
  ::operator delete(a);
  ::operator delete[](b);
  ::operator delete(c, std::nothrow);
  ::operator delete[](d, std::nothrow);
  ::operator delete(e, std::align_val_t{64});
  ::operator delete[](f, 24, std::align_val_t{64});
  ::operator delete(g, std::align_val_t{64}, std::nothrow);
  ::operator delete[](h, std::align_val_t{64}, std::nothrow);
  CHECK(e_aligned);
  CHECK(h_aligned);
  CHECK(counter.count() == 10);  // 8 explicit + the vector object + its elements
  CHECK(v->at(99) == 7);
}

TEST_CASE("dissect() allocates nothing, over every frame of real captures") {
  for (const char* name : kCaptures) {
    CAPTURE(name);
    REQUIRE(fs::exists(shared(name)));
    const Capture capture = load(shared(name));
    REQUIRE(!capture.records.empty());

    jspcap::Frame frame;
    jspcap::DissectOptions stop_at_ip;
    stop_at_ip.stop_after_protocol("ip");
    std::uint64_t layers = 0, shown = 0;
    AllocationCounter counter;
    counter.start();
    for (const jspcap::Record& r : capture.records) {
      jspcap::dissect(r, frame);
      layers += frame.layers().size();
      char chain[jspcap::kMaxLayers * 24];
      shown += frame.protochain(chain, sizeof chain) > 0;
      jspcap::dissect(r, frame, stop_at_ip);
      layers += frame.layers().size();
    }
    counter.stop();
    CHECK(counter.count() == 0);
    // The frames were really dissected.
    CHECK(layers >= 2 * capture.records.size());
    CHECK(shown > 0);
  }
}

TEST_CASE("Reader: reading and dissecting a whole file allocates O(1)") {
  for (const char* name : {"pcapplusplus__many-protocols.pcap", "pcap-parser__wireshark_samples-test.pcapng",
                           "pcapplusplus__sll.pcap"}) {
    CAPTURE(name);
    AllocationCounter opening;
    opening.start();
    jspcap::Reader reader(shared(name));
    opening.stop();
    const std::uint64_t to_open = opening.count();

    // The first 100 frames warm up (the read buffer settles); after them nothing may allocate.
    std::uint64_t frames = 0;
    while (frames < 100 && reader.next()) ++frames;
    REQUIRE(frames == 100);
    AllocationCounter steady;
    steady.start();
    while (reader.next()) ++frames;
    steady.stop();
    CAPTURE(frames);
    CAPTURE(to_open);
    REQUIRE(frames > 100);
    CHECK(steady.count() == 0);
    // Opening costs a handful of allocations (the reader, its buffer, names, the header),
    // nothing proportional to the file.
    CHECK(to_open > 0);  // the counter sees the library's allocations
    CHECK(to_open < 64);
  }
}

TEST_CASE("JSON Lines: writing a frame allocates nothing after warm-up") {
  for (const char* name : {"pcapplusplus__many-protocols.pcap", "pcap-parser__wireshark_samples-test.pcapng",
                           "pcapplusplus__sll.pcap"}) {
    CAPTURE(name);
    std::FILE* tmp = std::tmpfile();
    REQUIRE(tmp != nullptr);
    jspcap::Reader reader(shared(name));
    auto writer = jspcap::ReportWriter::create(jspcap::Format::jsonl, tmp, "tmp");
    writer->begin_document();
    writer->global_header(reader.header());

    // The first 100 frames grow the writer's buffer to its working size; the counter sees that.
    std::uint64_t frames = 0, warm_up = 0;
    {
      AllocationCounter counter;
      while (frames < 100 && reader.next()) {
        ++frames;
        counter.start();
        writer->frame(reader.frame());
        counter.stop();
      }
      warm_up = counter.count();
    }
    AllocationCounter counter;
    while (reader.next()) {
      ++frames;
      counter.start();
      writer->frame(reader.frame());
      counter.stop();
    }
    writer->end_document();
    const long size = std::ftell(tmp);
    std::fclose(tmp);
    CAPTURE(frames);
    REQUIRE(frames > 100);
    CHECK(warm_up > 0);
    CHECK(counter.count() == 0);
    CHECK(size > static_cast<long>(frames) * 100);  // something was written for every frame
  }
}
