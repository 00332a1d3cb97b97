// Generated from specs/dhcp.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// DHCP: Dynamic Host Configuration Protocol and BOOTP over UDP: the fixed 236-byte header, the magic cookie and the options. Options carried in sname and file (option 52, overload) stay inside those fields; sname and file are shown as 64 and 128 bytes of text, NUL padding included.
/// Reference: RFC 2131 §2 (message format); RFC 2132 (options); RFC 951 (BOOTP).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class DhcpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::dhcp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 28;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr DhcpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr DhcpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// message op code: 1 BOOTREQUEST, 2 BOOTREPLY (specs/dhcp.yaml:13)
  std::uint8_t op() const noexcept;
  /// hardware address type (ARP hardware types) (specs/dhcp.yaml:14)
  std::uint8_t htype() const noexcept;
  /// hardware address length in bytes (specs/dhcp.yaml:15)
  std::uint8_t hlen() const noexcept;
  /// relay agents the message went through (specs/dhcp.yaml:16)
  std::uint8_t hops() const noexcept;
  /// transaction ID chosen by the client (specs/dhcp.yaml:17)
  std::uint32_t xid() const noexcept;
  /// seconds since the client began acquiring or renewing (specs/dhcp.yaml:18)
  std::uint16_t secs() const noexcept;
  /// B: the client wants broadcast replies; the other bits must be zero (specs/dhcp.yaml:19)
  std::uint16_t flags() const noexcept;
  bool flags_broadcast() const noexcept { return (flags() & 0x8000) != 0; }
  /// client IP address (when it already has one) (specs/dhcp.yaml:20)
  std::span<const std::uint8_t, 4> ciaddr() const noexcept;
  /// 'your' (client) IP address offered or assigned (specs/dhcp.yaml:21)
  std::span<const std::uint8_t, 4> yiaddr() const noexcept;
  /// IP address of the next server to use (boot server) (specs/dhcp.yaml:22)
  std::span<const std::uint8_t, 4> siaddr() const noexcept;
  /// relay agent IP address (specs/dhcp.yaml:23)
  std::span<const std::uint8_t, 4> giaddr() const noexcept;
  /// client hardware address (its first hlen bytes) (specs/dhcp.yaml:25)
  Bytes chaddr() const noexcept;
  /// chaddr_padding (specs/dhcp.yaml:26)
  Bytes chaddr_padding() const noexcept;
  /// optional server host name (NUL-terminated) (specs/dhcp.yaml:27)
  Bytes sname() const noexcept;
  /// boot file name (NUL-terminated) (specs/dhcp.yaml:28)
  Bytes file() const noexcept;
  /// magic cookie 0x63825363 (99.130.83.99): options follow (RFC 2131 §3) (specs/dhcp.yaml:29)
  std::uint32_t cookie() const noexcept;
  /// options (RFC 2132) — present only when the spec's condition holds (specs/dhcp.yaml:31)
  Bytes options() const noexcept;
  /// The elements of options: for (const TlvItem& o : v.options_items()) …
  TlvRange options_items() const noexcept { return TlvRange(options(), kDhcpOptionFormat); }

  /// Layout of a `dhcp_option` element (specs/dhcp.yaml:34).
  static constexpr std::uint16_t kDhcpOptionOneByte[] = {0, 255};
  static constexpr std::uint16_t kDhcpOptionEnd[] = {255};
  static constexpr TlvFormat kDhcpOptionFormat{1, 1, false, 1, kDhcpOptionOneByte, 2, kDhcpOptionEnd, 1, 1, 0, 1, 0x0, 0, 0};

  /// Layout of a `dhcp_agent_option` element (specs/dhcp.yaml:92).
  static constexpr TlvFormat kDhcpAgentOptionFormat{1, 1, false, 1, nullptr, 0, nullptr, 0, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_dhcp_option(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_dhcp_agent_option(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t DhcpView::op() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t DhcpView::htype() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t DhcpView::hlen() const noexcept { return static_cast<std::uint8_t>(p_[2]); }
inline std::uint8_t DhcpView::hops() const noexcept { return static_cast<std::uint8_t>(p_[3]); }
inline std::uint32_t DhcpView::xid() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 4)); }
inline std::uint16_t DhcpView::secs() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 8)); }
inline std::uint16_t DhcpView::flags() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 10)); }
inline std::span<const std::uint8_t, 4> DhcpView::ciaddr() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (12), 4}; }
inline std::span<const std::uint8_t, 4> DhcpView::yiaddr() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (16), 4}; }
inline std::span<const std::uint8_t, 4> DhcpView::siaddr() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (20), 4}; }
inline std::span<const std::uint8_t, 4> DhcpView::giaddr() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (24), 4}; }
inline Bytes DhcpView::chaddr() const noexcept { return Bytes{p_ + (28), static_cast<std::size_t>((((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))}; }
inline Bytes DhcpView::chaddr_padding() const noexcept { return Bytes{p_ + (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))), static_cast<std::size_t>((static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))))}; }
inline Bytes DhcpView::sname() const noexcept { return Bytes{p_ + (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))), static_cast<std::size_t>(64)}; }
inline Bytes DhcpView::file() const noexcept { return Bytes{p_ + (std::int64_t{92} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))), static_cast<std::size_t>(128)}; }
inline std::uint32_t DhcpView::cookie() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{220} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))))); }
inline Bytes DhcpView::options() const noexcept { return Bytes{p_ + (std::int64_t{224} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (std::int64_t{224} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))))))}; }

inline Issue DhcpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return DhcpView{p, cap}.check(wire, partial, out);
}

inline Issue DhcpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(n_) < (28) + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))) return jspcap::detail::short_header((28) + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))), n_, wire, partial);
  if (((static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) < 0) return Issue{Status::malformed, Reason::negative_size, "chaddr_padding", (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))), 0};
  if (static_cast<std::int64_t>(n_) < (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) return jspcap::detail::short_header((std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))), n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 64) return jspcap::detail::short_header((std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 64, n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{92} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 128) return jspcap::detail::short_header((std::int64_t{92} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 128, n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{220} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 4) return jspcap::detail::short_header((std::int64_t{220} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 4, n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t limit = total < parent_len ? total : parent_len;  // `bytes: rest` ends here
  const std::int64_t header = std::int64_t{224} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(cookie()) == std::int64_t{1669485411})) ? std::max<std::int64_t>(0, limit - (std::int64_t{224} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16})))))) : std::int64_t{0});
  if (header > static_cast<std::int64_t>(n_)) return jspcap::detail::short_header(header, n_, wire, partial);
  if (total < header) return Issue{Status::malformed, Reason::header_exceeds_total, nullptr, header, total};
  Issue issue{};
  if (total > parent_len) {
    if (!partial) issue = Issue{Status::length_exceeds_parent, Reason::total_exceeds_parent, nullptr, total, parent_len};
    total = parent_len;
  }
  out.header_len = static_cast<std::size_t>(header);
  out.wire_len = static_cast<std::uint64_t>(total);
  out.cap_len = static_cast<std::size_t>(total) < n_ ? static_cast<std::size_t>(total) : n_;
  return issue;
}

template <class Sink>
void DhcpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("op", op(), jspcap::enums::dhcp_op(op()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.enumerated("htype", htype(), jspcap::enums::arp_hrd(htype()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 1)) { return; }
  s.uint("hlen", hlen());
  if (!(static_cast<std::int64_t>(n_) >= (3) + 1)) { return; }
  s.uint("hops", hops());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 4)) { return; }
  s.hex("xid", xid(), 4);
  if (!(static_cast<std::int64_t>(n_) >= (8) + 2)) { return; }
  s.uint("secs", secs());
  if (!(static_cast<std::int64_t>(n_) >= (10) + 2)) { return; }
  s.begin("flags"); s.boolean("broadcast", flags_broadcast()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= (12) + 4)) { return; }
  s.address("ciaddr", AddrKind::ipv4, Bytes{p_ + (12), 4});
  if (!(static_cast<std::int64_t>(n_) >= (16) + 4)) { return; }
  s.address("yiaddr", AddrKind::ipv4, Bytes{p_ + (16), 4});
  if (!(static_cast<std::int64_t>(n_) >= (20) + 4)) { return; }
  s.address("siaddr", AddrKind::ipv4, Bytes{p_ + (20), 4});
  if (!(static_cast<std::int64_t>(n_) >= (24) + 4)) { return; }
  s.address("giaddr", AddrKind::ipv4, Bytes{p_ + (24), 4});
  if (!(static_cast<std::int64_t>(n_) >= (28) + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) { return; }
  s.address("chaddr", AddrKind::hw, Bytes{p_ + (28), static_cast<std::size_t>((((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 64)) { return; }
  s.text("sname", Bytes{p_ + (std::int64_t{28} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))), static_cast<std::size_t>(64)});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{92} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 128)) { return; }
  s.text("file", Bytes{p_ + (std::int64_t{92} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))), static_cast<std::size_t>(128)});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{220} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))) + 4)) { return; }
  s.hex("cookie", cookie(), 4);
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(cookie()) == std::int64_t{1669485411})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{224} + (((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))) + (static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(static_cast<std::int64_t>(hlen()) <= std::int64_t{16})) ? (static_cast<std::int64_t>(hlen())) : (std::int64_t{16}))))))) { return; }
    {   jspcap::TlvIterator it_options(options(), kDhcpOptionFormat);   s.begin_list("options");   for (; !it_options.done(); it_options.next()) {     s.begin("");     visit_dhcp_option(s, it_options.item());     s.end();   }   s.end_list();   if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding()); }
  }
}

template <class Sink>
void DhcpView::visit_dhcp_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::dhcp_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("subnet_mask", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    case 2:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("time_offset", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 3:
    {
      s.begin_list("router");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 4:
    {
      s.begin_list("time_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 5:
    {
      s.begin_list("name_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 6:
    {
      s.begin_list("domain_name_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 7:
    {
      s.begin_list("log_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 12:
    {
      s.text("hostname", e.value.subspan(0));
      return;
    }
    case 13:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("boot_file_size", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 15:
    {
      s.text("domain_name", e.value.subspan(0));
      return;
    }
    case 17:
    {
      s.text("root_path", e.value.subspan(0));
      return;
    }
    case 23:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("default_ip_ttl", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 26:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("interface_mtu", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 28:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("broadcast_address", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    case 33:
    {
      s.begin_list("static_route");
      for (std::size_t o = 0; o + 8 <= m; o += 8) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.address("destination", AddrKind::ipv4, Bytes{r + 0, 4});
        s.address("router", AddrKind::ipv4, Bytes{r + 4, 4});
        s.end();
      }
      s.end_list();
      return;
    }
    case 35:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("arp_cache_timeout", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 42:
    {
      s.begin_list("ntp_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 43:
    {
      s.bytes("vendor_specific", e.value.subspan(0));
      return;
    }
    case 44:
    {
      s.begin_list("netbios_name_server");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 46:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("netbios_node_type", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 47:
    {
      s.text("netbios_scope", e.value.subspan(0));
      return;
    }
    case 50:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("requested_ip_address", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    case 51:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("lease_time", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 52:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("overload", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 53:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.enumerated("message_type", static_cast<std::uint64_t>((q[0])), jspcap::enums::dhcp_message_type(static_cast<std::uint64_t>((q[0]))), false, 1);
      return;
    }
    case 54:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("server_id", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    case 55:
    {
      s.begin_list("parameter_request_list");
      for (std::size_t o = 0; o + 1 <= m; o += 1) {
        const std::uint8_t* r = q + o;
        s.enumerated("", static_cast<std::uint64_t>((r[0])), jspcap::enums::dhcp_option(static_cast<std::uint64_t>((r[0]))), false, 1);
      }
      s.end_list();
      return;
    }
    case 56:
    {
      s.text("message", e.value.subspan(0));
      return;
    }
    case 57:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("max_message_size", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 58:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("renewal_time", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 59:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("rebinding_time", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 60:
    {
      s.text("vendor_class_id", e.value.subspan(0));
      return;
    }
    case 61:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.enumerated("client_id_type", static_cast<std::uint64_t>((q[0])), jspcap::enums::arp_hrd(static_cast<std::uint64_t>((q[0]))), false, 1);
      s.address("client_id", AddrKind::hw, e.value.subspan(1));
      return;
    }
    case 66:
    {
      s.text("tftp_server_name", e.value.subspan(0));
      return;
    }
    case 67:
    {
      s.text("bootfile_name", e.value.subspan(0));
      return;
    }
    case 80:
    {
      return;
    }
    case 81:
    {
      if (m < 3) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 3 bytes this case needs");
        return;
      }
      s.begin("fqdn_flags"); s.boolean("s", ((static_cast<std::uint64_t>((q[0]))) & 0x1) != 0); s.boolean("o", ((static_cast<std::uint64_t>((q[0]))) & 0x2) != 0); s.boolean("e", ((static_cast<std::uint64_t>((q[0]))) & 0x4) != 0); s.boolean("n", ((static_cast<std::uint64_t>((q[0]))) & 0x8) != 0); s.end();
      s.uint("rcode1", static_cast<std::uint64_t>((q[1])));
      s.uint("rcode2", static_cast<std::uint64_t>((q[2])));
      s.bytes("fqdn_name", e.value.subspan(3));
      return;
    }
    case 82:
    {
      {
        jspcap::TlvIterator it_relay_agent_information(e.value.subspan(0), kDhcpAgentOptionFormat);
        s.begin_list("relay_agent_information");
        for (; !it_relay_agent_information.done(); it_relay_agent_information.next()) {
          s.begin("");
          visit_dhcp_agent_option(s, it_relay_agent_information.item());
          s.end();
        }
        s.end_list();
        if (!it_relay_agent_information.padding().empty()) s.bytes("relay_agent_information_padding", it_relay_agent_information.padding());
      }
      return;
    }
    case 116:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("auto_config", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 118:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("subnet_selection", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    case 119:
    {
      s.bytes("domain_search", e.value.subspan(0));
      return;
    }
    case 121:
    {
      s.bytes("classless_static_route", e.value.subspan(0));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

template <class Sink>
void DhcpView::visit_dhcp_agent_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, nullptr, false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    {
      s.bytes("circuit_id", e.value.subspan(0));
      return;
    }
    case 2:
    {
      s.bytes("remote_id", e.value.subspan(0));
      return;
    }
    case 5:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("link_selection", AddrKind::ipv4, Bytes{q + 0, 4});
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

}  // namespace jspcap
