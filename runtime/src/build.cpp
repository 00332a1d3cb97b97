// The generic packet builder: lays out a layer's fields from its generated descriptors, derives
// what the caller left unset (lengths, next-layer keys, checksums), and writes the stack into one
// buffer. No protocol is named here.
#include "jspcap/build.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "jspcap/frame.hpp"
#include "jspcap/generated/builders.hpp"

namespace jspcap {

BuildError::BuildError(std::string layer, std::string field, const std::string& what)
    : std::runtime_error(layer + (field.empty() ? std::string() : ": field '" + field + "'") + ": " + what),
      layer_(std::move(layer)),
      field_(std::move(field)) {}

namespace {

using build::BuildSpec;
using build::Derive;
using build::FieldInfo;
using build::FieldKind;
using build::SizeKind;

constexpr std::size_t kMaxFields = 64;

[[noreturn]] void fail(const BuildSpec& s, std::size_t k, const std::string& what) {
  throw BuildError(s.name, k < s.field_count ? s.fields[k].name : "", what);
}

std::size_t address_size(FieldKind kind) noexcept {
  return kind == FieldKind::mac ? 6 : kind == FieldKind::ipv4 ? 4 : kind == FieldKind::ipv6 ? 16 : 0;
}

bool parse_address_text(FieldKind kind, std::string_view text, std::uint8_t* out) noexcept {
  switch (kind) {
    case FieldKind::mac: return parse_mac(text, out);
    case FieldKind::ipv4: return parse_ipv4(text, out);
    case FieldKind::ipv6: return parse_ipv6(text, out);
    default: return false;
  }
}

void store(std::uint8_t* p, std::uint64_t v, std::size_t n, bool little) noexcept {
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t at = little ? i : n - 1 - i;
    p[at] = static_cast<std::uint8_t>(v & 0xff);
    v >>= 8;
  }
}

/// Where each layer sits in the buffer.
struct Slot {
  std::size_t off = 0;
  std::size_t header = 0;
  std::size_t payload = 0;
  std::size_t trailer = 0;
  std::size_t region() const noexcept { return header + payload + trailer; }
};

/// One layer's fields with every value settled: presence, value, offset, size.
struct Resolved {
  std::array<std::int64_t, kMaxFields> v{};
  std::array<std::int64_t, kMaxFields> off{};
  std::array<std::int64_t, kMaxFields> size{};
  std::array<bool, kMaxFields> present{};
  std::int64_t fields_end = 0;
  std::int64_t header = 0;
};

class Engine {
 public:
  Engine(std::span<const std::unique_ptr<LayerBuilder>> layers, const BuildOptions& options)
      : layers_(layers), options_(options) {
    if (layers_.size() > kMaxLayers) throw BuildError("packet", "", "more than " + std::to_string(kMaxLayers) + " layers");
  }

  /// Sizes, inner to outer: a layer's payload is the next layer's region.
  std::size_t layout() {
    const std::size_t n = layers_.size();
    for (std::size_t j = n; j-- > 0;) {
      Resolved r;
      resolve(j, false, r);
      slots_[j].header = static_cast<std::size_t>(r.header);
      slots_[j].payload = j + 1 < n ? slots_[j + 1].region() : 0;
      slots_[j].trailer = layers_[j]->trailer().size();
    }
    std::size_t off = 0;
    for (std::size_t j = 0; j < n; ++j) {
      slots_[j].off = off;
      off += slots_[j].header;
    }
    return n ? slots_[0].region() : 0;
  }

  void write(std::uint8_t* out, std::size_t total) {
    std::memset(out, 0, total);
    const std::size_t n = layers_.size();
    for (std::size_t j = 0; j < n; ++j) write_layer(j, out);
    for (std::size_t j = n; j-- > 0;) checksums(j, out);
  }

 private:
  const LayerBuilder& L(std::size_t j) const { return *layers_[j]; }

  std::int64_t next_key(std::size_t j, std::size_t k) const {
    const BuildSpec& s = L(j).spec();
    const FieldInfo& f = s.fields[k];
    if (j + 1 < layers_.size()) {
      const ProtocolId child = L(j + 1).protocol_id();
      std::uint64_t value = 0;
      if (build::binding_value(f.next_table, child, value)) return static_cast<std::int64_t>(value);
      const bool named = std::find(s.next_protocols, s.next_protocols + s.next_protocol_count, child) !=
                         s.next_protocols + s.next_protocol_count;
      if (!named && !f.has_default)
        fail(s, k, std::string("not set, and the next layer (") + L(j + 1).spec().name +
                       ") has no value in table " + table_name(f.next_table) + " to fill it with; set it");
    }
    return f.has_default ? static_cast<std::int64_t>(f.default_value) : 0;
  }

  /// Settles layer j's values. With `sizes`, the slots are known and derived lengths are filled.
  void resolve(std::size_t j, bool sizes, Resolved& r) const {
    const LayerBuilder& b = L(j);
    const BuildSpec& s = b.spec();
    const bool strict = options_.strict;
    bool header_unset = false;
    std::int64_t off = 0;
    std::int64_t group_off = 0;
    for (std::size_t k = 0; k < s.field_count; ++k) {
      const FieldInfo& f = s.fields[k];
      r.present[k] = !f.has_cond || s.cond(k, r.v.data());
      r.v[k] = 0;
      r.size[k] = 0;
      r.off[k] = off;
      if (!r.present[k]) {
        if (strict && b.is_set(k)) fail(s, k, "is set, but its condition does not hold here (leave it unset)");
        continue;
      }
      if (f.kind == FieldKind::uint) {
        if (f.group_start) {
          group_off = off;
          off += f.group_bytes;
        }
        r.off[k] = group_off;
        r.size[k] = f.group_bytes;
        if (b.is_set(k)) r.v[k] = static_cast<std::int64_t>(b.value(k));
        else if (f.derive == Derive::header || f.derive == Derive::total || f.derive == Derive::payload) {
          header_unset = header_unset || f.derive == Derive::header;
        } else if (f.derive == Derive::checksum) {
        } else if (f.next_key) r.v[k] = next_key(j, k);
        else if (f.has_default) r.v[k] = static_cast<std::int64_t>(f.default_value);
        continue;
      }
      std::int64_t size = 0;
      if (b.is_set(k)) size = static_cast<std::int64_t>(b.bytes(k).size());
      else if (f.kind != FieldKind::bytes) {
        if (!f.has_default) fail(s, k, "is required (an address has no default)");
        size = f.fixed_size;
      } else if (f.size_kind == SizeKind::fixed) size = f.fixed_size;
      else if (f.size_kind == SizeKind::expr) size = std::max<std::int64_t>(0, s.size(k, r.v.data()));
      r.size[k] = size;
      off += size;
    }
    r.fields_end = off;
    r.header = (header_unset || !s.header) ? off : std::max<std::int64_t>(0, s.header(r.v.data()));
    if (!sizes) return;
    const Slot& slot = slots_[j];
    const auto total = static_cast<std::int64_t>(slot.header + slot.payload);
    for (std::size_t k = 0; k < s.field_count; ++k) {
      const FieldInfo& f = s.fields[k];
      if (!r.present[k] || b.is_set(k)) continue;
      std::int64_t size = -1;
      if (f.derive == Derive::header) size = static_cast<std::int64_t>(slot.header);
      else if (f.derive == Derive::total) size = total;
      else if (f.derive == Derive::payload) size = static_cast<std::int64_t>(slot.payload);
      if (size < 0) continue;
      const std::int64_t v = s.solve(k, size, r.v.data());
      if (v < 0 || (f.bits < 64 && (static_cast<std::uint64_t>(v / f.scale) >> f.bits) != 0))
        fail(s, k, "derived as " + std::to_string(v) + ", which does not fit in " + std::to_string(f.bits) + " bits");
      if (strict && v % f.scale)
        fail(s, k, "derived as " + std::to_string(v) + ", which is not a multiple of " + std::to_string(f.scale) +
                       " (pad the " + (f.derive == Derive::header ? "header" : "payload") + ")");
      r.v[k] = v;
    }
    if (!strict) return;
    for (std::size_t k = 0; k < s.field_count; ++k) {
      const FieldInfo& f = s.fields[k];
      if (r.present[k] && f.kind == FieldKind::bytes && f.size_kind == SizeKind::expr && b.is_set(k)) {
        const std::int64_t want = s.size(k, r.v.data());
        if (want != r.size[k])
          fail(s, k, "is " + std::to_string(r.size[k]) + " bytes, but its size " + f.size_text + " gives " +
                         std::to_string(want));
      }
    }
    if (s.header && static_cast<std::int64_t>(slot.header) != s.header(r.v.data()))
      fail(s, s.header_field, std::string("the header size ") + s.header_text + " gives " +
                                     std::to_string(s.header(r.v.data())) + " bytes, but the fields take " +
                                     std::to_string(slot.header) + " (leave the length unset to derive it)");
    if (r.fields_end > static_cast<std::int64_t>(slot.header) && s.header && !header_unset) {
      // fields past the header are a look-ahead into the payload (IEEE 802.3, PPP in HDLC): allowed
    }
    if (s.total) {
      const auto region = static_cast<std::int64_t>(slot.region());
      const std::int64_t said = s.total(r.v.data(), region);
      if (said != total && said != region)
        fail(s, s.total_field, std::string("the total size ") + s.total_text + " gives " + std::to_string(said) +
                                       " bytes, but header and payload are " + std::to_string(total) +
                                       " (leave the length unset to derive it)");
    }
  }

  void write_layer(std::size_t j, std::uint8_t* out) const {
    const LayerBuilder& b = L(j);
    const BuildSpec& s = b.spec();
    const Slot& slot = slots_[j];
    Resolved r;
    resolve(j, true, r);
    if (static_cast<std::size_t>(r.header) != slot.header)
      fail(s, s.field_count, "header size changed between passes (a spec the builder cannot lay out)");
    std::uint8_t* base = out + slot.off;
    const auto limit = static_cast<std::int64_t>(slot.region());
    for (std::size_t k = 0; k < s.field_count; ++k) {
      const FieldInfo& f = s.fields[k];
      if (!r.present[k]) continue;
      if (f.kind == FieldKind::uint) {
        if (!f.group_start) continue;
        std::uint64_t group = 0;
        for (std::size_t m = k; m < s.field_count; ++m) {
          const FieldInfo& g = s.fields[m];
          if (m != k && (g.kind != FieldKind::uint || g.group_start)) break;
          const std::uint64_t raw = static_cast<std::uint64_t>(r.v[m] / g.scale);
          const std::uint64_t mask = g.bits >= 64 ? ~std::uint64_t{0} : ((std::uint64_t{1} << g.bits) - 1);
          group |= (raw & mask) << g.shift;
        }
        if (r.off[k] + f.group_bytes <= limit) {
          const bool little = f.either ? b.little(k) : f.little;
          store(base + r.off[k], group, f.group_bytes, little);
        }
        continue;
      }
      const std::int64_t n = std::min<std::int64_t>(r.size[k], limit - r.off[k]);
      if (n <= 0) continue;
      if (b.is_set(k)) {
        std::memcpy(base + r.off[k], b.bytes(k).data(), static_cast<std::size_t>(n));
      } else if (f.kind != FieldKind::bytes && f.default_text) {
        std::uint8_t addr[16] = {};
        if (!parse_address_text(f.kind, f.default_text, addr)) fail(s, k, "bad default address in the spec");
        std::memcpy(base + r.off[k], addr, static_cast<std::size_t>(n));
      }
    }
    const Bytes trailer = b.trailer();
    if (!trailer.empty()) std::memcpy(base + slot.header + slot.payload, trailer.data(), trailer.size());
  }

  void checksums(std::size_t j, std::uint8_t* out) const {
    const LayerBuilder& b = L(j);
    const BuildSpec& s = b.spec();
    const Slot& slot = slots_[j];
    Resolved r;
    bool resolved = false;
    for (std::size_t k = 0; k < s.field_count; ++k) {
      const FieldInfo& f = s.fields[k];
      if (f.derive != Derive::checksum || b.is_set(k)) continue;
      if (!resolved) {
        resolve(j, true, r);
        resolved = true;
      }
      if (!r.present[k]) continue;
      std::uint8_t* base = out + slot.off;
      const std::size_t covered = f.checksum_over_header ? slot.header : slot.header + slot.payload;
      std::uint64_t sum = inet_sum({base, covered});
      bool pseudo = false;
      if (s.pseudo_count) {
        for (std::size_t o = j; o-- > 0;) {
          const BuildSpec& os = L(o).spec();
          if (std::find(s.pseudo_protocols, s.pseudo_protocols + s.pseudo_count, os.id) ==
              s.pseudo_protocols + s.pseudo_count)
            continue;
          Resolved orr;
          resolve(o, true, orr);
          const std::size_t src = L(o).field_index(s.pseudo_src);
          const std::size_t dst = L(o).field_index(s.pseudo_dst);
          const std::uint8_t* ob = out + slots_[o].off;
          sum = inet_sum({ob + orr.off[src], static_cast<std::size_t>(orr.size[src])}, sum);
          sum = inet_sum({ob + orr.off[dst], static_cast<std::size_t>(orr.size[dst])}, sum);
          std::uint64_t proto = 0;
          if (os.has_next_table) build::binding_value(os.next_table, s.id, proto);
          sum += proto + (covered >> 16) + (covered & 0xffff);
          pseudo = true;
          break;
        }
      }
      std::uint16_t c = inet_fold(sum);
      if (pseudo && c == 0) c = 0xffff;   // RFC 768: a computed zero is sent as all ones
      store(base + r.off[k], c, f.group_bytes, f.little);
    }
  }

  std::span<const std::unique_ptr<LayerBuilder>> layers_;
  BuildOptions options_;
  std::array<Slot, kMaxLayers> slots_{};
};

}  // namespace

// ---- LayerBuilder ----------------------------------------------------------------------------

LayerBuilder::LayerBuilder(const build::BuildSpec& spec)
    : spec_(&spec),
      value_(spec.field_count),
      data_(spec.field_count),
      set_(spec.field_count),
      little_(spec.field_count, 1) {}

void LayerBuilder::set_uint(std::size_t k, std::uint64_t value) {
  const FieldInfo& f = spec_->fields[k];
  if (f.kind != FieldKind::uint) fail(*spec_, k, "is not an integer field");
  if (value % static_cast<std::uint64_t>(f.scale))
    fail(*spec_, k, std::to_string(value) + " is not a multiple of its scale " + std::to_string(f.scale));
  if (f.bits < 64 && ((value / static_cast<std::uint64_t>(f.scale)) >> f.bits) != 0)
    fail(*spec_, k, std::to_string(value) + " does not fit in " + std::to_string(f.bits) + " bits" +
                        (f.scale != 1 ? " (scale " + std::to_string(f.scale) + ")" : std::string()));
  value_[k] = value;
  set_[k] = 1;
}

void LayerBuilder::set_bytes(std::size_t k, Bytes value) {
  const FieldInfo& f = spec_->fields[k];
  if (f.kind == FieldKind::uint) fail(*spec_, k, "is an integer field, not bytes");
  if (f.kind != FieldKind::bytes && value.size() != address_size(f.kind))
    fail(*spec_, k, "an address of " + std::to_string(address_size(f.kind)) + " bytes, got " + std::to_string(value.size()));
  data_[k].assign(value.begin(), value.end());
  set_[k] = 1;
}

void LayerBuilder::set_text(std::size_t k, std::string_view text) {
  const FieldInfo& f = spec_->fields[k];
  if (f.kind == FieldKind::bytes) {
    set_bytes(k, {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
    return;
  }
  std::uint8_t addr[16] = {};
  if (f.kind == FieldKind::uint || !parse_address_text(f.kind, text, addr))
    fail(*spec_, k, "cannot read '" + std::string(text) + "' as " +
                        (f.kind == FieldKind::mac ? "a MAC address" : f.kind == FieldKind::ipv4 ? "an IPv4 address"
                         : f.kind == FieldKind::ipv6 ? "an IPv6 address" : "text"));
  set_bytes(k, {addr, address_size(f.kind)});
}

void LayerBuilder::set_address(std::size_t k, std::string_view text) {
  std::uint8_t addr[16] = {};
  if (parse_mac(text, addr)) return set_bytes(k, {addr, 6});
  if (parse_ipv4(text, addr)) return set_bytes(k, {addr, 4});
  if (parse_ipv6(text, addr)) return set_bytes(k, {addr, 16});
  fail(*spec_, k, "cannot read '" + std::string(text) + "' as a MAC, IPv4 or IPv6 address");
}

void LayerBuilder::set_flag(std::size_t k, std::uint64_t mask, bool on) {
  const std::uint64_t v = on ? (value_[k] | mask) : (value_[k] & ~mask);
  set_uint(k, v);
}

void LayerBuilder::add_element(std::size_t k, std::uint32_t kind, Bytes data) {
  const FieldInfo& f = spec_->fields[k];
  if (!f.list || f.list->head) fail(*spec_, k, "is not an option list of kind-length elements");
  const TlvFormat& t = *f.list;
  auto& d = data_[k];
  std::uint8_t tmp[8];
  store(tmp, kind, t.kind_bytes, false);
  d.insert(d.end(), tmp, tmp + t.kind_bytes);
  set_[k] = 1;
  if (t.is_one_byte(kind)) {
    if (!data.empty()) fail(*spec_, k, "element kind " + std::to_string(kind) + " is a single byte and takes no data");
    return;
  }
  std::size_t len = data.size() + (t.length_counts_header ? t.kind_bytes + t.length_bytes : 0);
  std::size_t whole = data.size() + t.kind_bytes + t.length_bytes;
  if (t.unit > 1) {
    whole = (whole + t.unit - 1) / t.unit * t.unit;
    len = whole / t.unit;
  }
  if (len >> (8 * t.length_bytes)) fail(*spec_, k, "element of " + std::to_string(data.size()) + " bytes is too long");
  store(tmp, len, t.length_bytes, false);
  d.insert(d.end(), tmp, tmp + t.length_bytes);
  d.insert(d.end(), data.begin(), data.end());
  d.resize(d.size() + (whole - data.size() - t.kind_bytes - t.length_bytes), 0);
  if (t.align > 1) d.resize((d.size() + t.align - 1) / t.align * t.align, 0);
}

void LayerBuilder::set_little(std::size_t k, bool little) { little_[k] = little ? 1 : 0; }

void LayerBuilder::unset(std::size_t k) {
  set_[k] = 0;
  value_[k] = 0;
  data_[k].clear();
}

std::size_t LayerBuilder::field_index(std::string_view field) const {
  for (std::size_t k = 0; k < spec_->field_count; ++k)
    if (field == spec_->fields[k].name) return k;
  throw BuildError(spec_->name, std::string(field), "no such field");
}

void LayerBuilder::set(std::string_view field, std::uint64_t value) { set_uint(field_index(field), value); }
void LayerBuilder::set(std::string_view field, std::string_view text) { set_text(field_index(field), text); }

// ---- Packet ----------------------------------------------------------------------------------

std::size_t Packet::size(const BuildOptions& options) const {
  Engine e({layers_.data(), layers_.size()}, options);
  return e.layout();
}

std::size_t Packet::build(std::span<std::uint8_t> out, const BuildOptions& options) const {
  Engine e({layers_.data(), layers_.size()}, options);
  const std::size_t n = e.layout();
  if (out.size() < n)
    throw BuildError("packet", "", "needs " + std::to_string(n) + " bytes, the buffer holds " + std::to_string(out.size()));
  e.write(out.data(), n);
  return n;
}

std::vector<std::uint8_t> Packet::bytes(const BuildOptions& options) const {
  std::vector<std::uint8_t> out(size(options));
  build(out, options);
  return out;
}

// ---- Rebuilding a dissected frame -------------------------------------------------------------

bool packet_from_frame(const Frame& frame, Packet& out, std::string& reason) {
  out = Packet{};
  const Record& rec = frame.record();
  const Bytes data = frame.data();
  if (rec.cap_len < rec.wire_len) {
    reason = "truncated by the snap length";
    return false;
  }
  // The shown layers, in order (transparent dispatch steps have no bytes of their own).
  std::array<std::size_t, kMaxLayers> idx{};
  std::size_t n = 0;
  const auto layers = frame.layers();
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const LayerRecord& l = layers[i];
    if (info(l.protocol).transparent && l.header_len == 0) continue;
    // Unsupported: no dissector for the payload (Raw) or the depth budget — the layer is whole.
    if (l.issue.status != Status::ok && l.issue.status != Status::unsupported) {
      reason = std::string(status_name(l.issue.status)) + " (" + info(l.protocol).name + ")";
      return false;
    }
    idx[n++] = i;
  }
  if (n == 0) {
    reason = "no layer";
    return false;
  }
  for (std::size_t j = 0; j < n; ++j) {
    const LayerRecord& l = layers[idx[j]];
    if (j == 0 ? l.offset != 0 : l.offset != layers[idx[j - 1]].offset + layers[idx[j - 1]].header_len) {
      reason = "bytes no spec covers (before " + std::string(info(l.protocol).name) + ")";
      return false;
    }
    auto b = builder_from_layer(l.protocol, data.subspan(l.offset, l.cap_len));
    if (!b) {
      reason = std::string("no builder for ") + info(l.protocol).name;
      return false;
    }
    // What this layer holds past its header and its child's bytes: a trailer (padding).
    const std::size_t end = j == 0 ? data.size() : l.offset + l.cap_len;
    std::size_t inner_end = l.offset + l.header_len;
    if (j + 1 < n) inner_end = layers[idx[j + 1]].offset + layers[idx[j + 1]].cap_len;
    else if (l.cap_len > l.header_len) {
      reason = "payload no spec covers (after " + std::string(info(l.protocol).name) + ")";
      return false;
    }
    if (inner_end < end) b->set_trailer(data.subspan(inner_end, end - inner_end));
    out.push(std::move(b));
  }
  return true;
}

// ---- Addresses and checksums -----------------------------------------------------------------

bool parse_mac(std::string_view text, std::uint8_t out[6]) noexcept {
  std::size_t i = 0;
  for (int byte = 0; byte < 6; ++byte) {
    if (byte) {
      if (i >= text.size() || (text[i] != ':' && text[i] != '-')) return false;
      ++i;
    }
    int v = 0;
    int digits = 0;
    for (; i < text.size() && digits < 2 && std::isxdigit(static_cast<unsigned char>(text[i])); ++i, ++digits)
      v = v * 16 + (std::isdigit(static_cast<unsigned char>(text[i])) ? text[i] - '0' : (text[i] | 0x20) - 'a' + 10);
    if (!digits) return false;
    out[byte] = static_cast<std::uint8_t>(v);
  }
  return i == text.size();
}

bool parse_ipv4(std::string_view text, std::uint8_t out[4]) noexcept {
  char buf[INET_ADDRSTRLEN] = {};
  if (text.size() >= sizeof buf) return false;
  std::memcpy(buf, text.data(), text.size());
  return inet_pton(AF_INET, buf, out) == 1;
}

bool parse_ipv6(std::string_view text, std::uint8_t out[16]) noexcept {
  char buf[INET6_ADDRSTRLEN] = {};
  if (text.size() >= sizeof buf) return false;
  std::memcpy(buf, text.data(), text.size());
  return inet_pton(AF_INET6, buf, out) == 1;
}

std::uint64_t inet_sum(Bytes b, std::uint64_t sum) noexcept {
  std::size_t i = 0;
  for (; i + 1 < b.size(); i += 2) sum += static_cast<std::uint64_t>(b[i]) << 8 | b[i + 1];
  if (i < b.size()) sum += static_cast<std::uint64_t>(b[i]) << 8;
  return sum;
}

std::uint16_t inet_fold(std::uint64_t sum) noexcept {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return static_cast<std::uint16_t>(~sum & 0xffff);
}

}  // namespace jspcap
