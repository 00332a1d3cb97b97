// The seed's other verbs: reassemble() and trace() (see jspcap/extract.hpp).

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "jspcap/extract.hpp"

namespace jspcap {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

// ---- reassemble -------------------------------------------------------------------------------

struct Reassembly::Impl {
  std::string protocol;
  bool strict = true;
  std::optional<IpReassembler> ip;
  std::optional<StreamReassembler> tcp;
  std::optional<IpReassembler> tcp_ip;   // TCP: fragmented segments are put together first
  std::optional<StreamCollector> collector;
  std::vector<std::unique_ptr<StoredDatagram>> datagrams;
  std::vector<std::unique_ptr<StoredStream>> streams;
  Frame payload;

  void keep(Datagram&& d) {
    auto kept = std::make_unique<StoredDatagram>();
    kept->datagram = std::move(d);
    if (dissect_datagram(kept->datagram, payload, strict)) {
      kept->payload.emplace();
      dissect_datagram(kept->datagram, *kept->payload, strict);
    }
    datagrams.push_back(std::move(kept));
  }
};

Reassembly::Reassembly(std::string_view protocol, bool strict, ReassemblyOptions ip, StreamOptions tcp)
    : impl_(std::make_unique<Impl>()) {
  const std::string p = lower(protocol);
  impl_->strict = strict;
  ip.strict = strict;
  if (p == "ipv4" || p == "ipv6") {
    impl_->protocol = p == "ipv4" ? "IPv4" : "IPv6";
    ip.protocols = {p == "ipv4" ? ProtocolId::ipv4 : ProtocolId::ipv6_frag};
    impl_->ip.emplace(ip);
  } else if (p == "tcp") {
    impl_->protocol = "TCP";
    ip.protocols.clear();
    impl_->tcp_ip.emplace(ip);
    impl_->tcp.emplace(tcp);
    Impl* self = impl_.get();
    impl_->collector.emplace([self](const StreamPayload& sp) {
      auto kept = std::make_unique<StoredStream>();
      kept->connection = *sp.connection;
      kept->payload = sp;
      kept->payload.connection = &kept->connection;
      self->streams.push_back(std::move(kept));
    });
    impl_->tcp->add(*impl_->collector);
  } else {
    throw FormatError(fmt::format("Unsupported reassembly protocol: {}", protocol));
  }
}

Reassembly::Reassembly(Reassembly&&) noexcept = default;
Reassembly& Reassembly::operator=(Reassembly&&) noexcept = default;
Reassembly::~Reassembly() = default;

const std::string& Reassembly::protocol() const noexcept { return impl_->protocol; }

void Reassembly::feed(const Frame& frame) {
  Impl& m = *impl_;
  if (m.ip) {
    m.ip->feed(frame, [&](Datagram&& d) { m.keep(std::move(d)); });
    return;
  }
  const bool fragment = m.tcp_ip->feed(frame, [&](Datagram&& d) {
    if (d.completed && dissect_datagram(d, m.payload)) m.tcp->feed(m.payload, &frame);
  });
  if (!fragment) m.tcp->feed(frame);
}

void Reassembly::finish() {
  Impl& m = *impl_;
  if (m.ip) {
    m.ip->finish([&](Datagram&& d) { m.keep(std::move(d)); });
    return;
  }
  m.tcp_ip->finish([](Datagram&&) {});
  m.tcp->finish();
}

const std::vector<std::unique_ptr<StoredDatagram>>& Reassembly::datagrams() const noexcept { return impl_->datagrams; }
const std::vector<std::unique_ptr<StoredStream>>& Reassembly::streams() const noexcept { return impl_->streams; }

Reassembly reassemble(std::string_view protocol, bool strict) { return Reassembly(protocol, strict); }

// ---- trace ------------------------------------------------------------------------------------

struct TraceFlow::Impl {
  IpReassembler ip;
  StreamReassembler tcp;
  FlowTracer tracer;
  Frame payload;
  bool finished = false;
  explicit Impl(TraceOptions o) : tracer(std::move(o), true) { tcp.add(tracer); }
};

TraceFlow::TraceFlow(TraceOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
TraceFlow::TraceFlow(TraceFlow&&) noexcept = default;
TraceFlow& TraceFlow::operator=(TraceFlow&&) noexcept = default;
TraceFlow::~TraceFlow() = default;

void TraceFlow::feed(const Frame& frame) {
  Impl& m = *impl_;
  const bool fragment = m.ip.feed(frame, [&](Datagram&& d) {
    if (d.completed && dissect_datagram(d, m.payload)) m.tcp.feed(m.payload, &frame);
  });
  if (!fragment) m.tcp.feed(frame);
}

const std::vector<FlowRecord>& TraceFlow::finish() {
  Impl& m = *impl_;
  if (!m.finished) {
    m.ip.finish([](Datagram&&) {});
    m.tcp.finish();
    m.tracer.finish();
    m.finished = true;
  }
  return m.tracer.index();
}

const std::vector<FlowRecord>& TraceFlow::index() const noexcept { return impl_->tracer.index(); }

TraceFlow trace(const std::filesystem::path& fout, std::string_view format, std::string_view byteorder,
                bool nanosecond) {
  TraceOptions o;
  o.dir = fout;
  const auto f = parse_format(format);
  if (!f) throw FormatError(fmt::format("unknown trace format '{}' (known: json, plist, tree, jsonl, pcap)", format));
  o.format = *f;
  if (byteorder != "little" && byteorder != "big")
    throw FormatError(fmt::format("trace byte order '{}' is neither little nor big", byteorder));
  o.big_endian = byteorder == "big";
  o.nanosecond = nanosecond;
  return TraceFlow(o);
}

}  // namespace jspcap
