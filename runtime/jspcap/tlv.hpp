// Walking type-length-value option lists (IPv4, TCP and IPv6 options, HIP parameters, …) over
// captured bytes. Generic: the layout comes from a spec's `types:` entry, as a TlvFormat.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>

#include "jspcap/bytes.hpp"

namespace jspcap {

/// How one protocol's options are laid out.
struct TlvFormat {
  std::uint8_t kind_bytes = 1;        ///< 1 to 4 (big-endian)
  std::uint8_t length_bytes = 1;      ///< 1 or 2 (big-endian)
  bool length_counts_header = false;  ///< the length covers kind and length (IPv4, TCP) or not (IPv6)
  std::uint8_t align = 1;             ///< each element is padded to a multiple of this (HIP: 8)
  const std::uint16_t* one_byte = nullptr;  ///< kinds that are a single byte (Pad1, NOP, EOL)
  std::uint8_t one_byte_count = 0;
  const std::uint16_t* end = nullptr;       ///< kinds that end the list (EOL): the rest is padding
  std::uint8_t end_count = 0;
  std::uint8_t unit = 1;              ///< the length counts units of this many bytes (ND options: 8)
  // Elements whose header is more than kind then length (a spec's `tlv: {header: …}`): where the
  // kind and the length sit, and how long the header is. The defaults are kind then length.
  std::uint8_t kind_at = 0;           ///< offset of the kind in the element
  std::uint8_t length_at = 1;         ///< offset of the length (the generator always sets it)
  std::uint32_t length_mask = 0;      ///< bits of the length word that are the length (0: all)
  std::uint8_t length_shift = 0;      ///< right shift applied before the mask
  std::uint8_t head = 0;              ///< header bytes before the data (0: kind and length)

  constexpr std::size_t head_bytes() const noexcept { return head ? head : std::size_t{kind_bytes} + length_bytes; }

  constexpr bool is_one_byte(std::uint32_t kind) const noexcept { return contains(one_byte, one_byte_count, kind); }
  constexpr bool is_end(std::uint32_t kind) const noexcept { return contains(end, end_count, kind); }

 private:
  static constexpr bool contains(const std::uint16_t* set, std::uint8_t n, std::uint32_t kind) noexcept {
    for (std::uint8_t i = 0; i < n; ++i)
      if (set[i] == kind) return true;
    return false;
  }
};

/// One element. `malformed` elements hold the bytes from where they start to the end of the list
/// (their length byte is missing, too small, or runs past the list) and end the walk.
struct TlvItem {
  std::uint32_t kind = 0;
  bool has_length = false;
  std::uint32_t length = 0;   ///< the length field as on the wire
  Bytes value;                ///< the element's data (after kind and length, before alignment padding)
  Bytes whole;                ///< the element as on the wire
  bool malformed = false;
};

/// Iterates the elements of `list`; never reads outside it.
class TlvIterator {
 public:
  constexpr TlvIterator(Bytes list, const TlvFormat& format) noexcept : rest_(list), format_(&format) { advance(); }

  constexpr bool done() const noexcept { return done_; }
  constexpr const TlvItem& item() const noexcept { return item_; }
  constexpr void next() noexcept { advance(); }
  /// After the walk: bytes left behind an end-of-list kind (padding), else empty.
  constexpr Bytes padding() const noexcept { return padding_; }

 private:
  constexpr void advance() noexcept {
    if (stop_ || rest_.empty()) {
      done_ = true;
      return;
    }
    const TlvFormat& f = *format_;
    item_ = TlvItem{};
    if (rest_.size() < std::size_t{f.kind_at} + f.kind_bytes) return malformed();
    item_.kind = static_cast<std::uint32_t>(load_be(rest_.data() + f.kind_at, f.kind_bytes));
    if (f.is_one_byte(item_.kind)) {
      item_.whole = rest_.first(f.kind_bytes);
      rest_ = rest_.subspan(f.kind_bytes);
      if (f.is_end(item_.kind)) {
        padding_ = rest_;
        stop_ = true;
      }
      return;
    }
    const std::size_t head = f.head_bytes();
    if (rest_.size() < head) return malformed();
    item_.has_length = true;
    item_.length = static_cast<std::uint32_t>(load_be(rest_.data() + f.length_at, f.length_bytes));
    if (f.length_mask) item_.length = (item_.length >> f.length_shift) & f.length_mask;
    const std::size_t counted = std::size_t{item_.length} * f.unit;
    const std::size_t body = f.length_counts_header ? counted : counted + head;
    if (body < head || body > rest_.size()) return malformed();
    std::size_t padded = body;
    if (f.align > 1 && padded % f.align) padded += f.align - padded % f.align;
    if (padded > rest_.size()) padded = rest_.size();  // alignment padding cut off: keep the element
    item_.value = rest_.subspan(head, body - head);
    item_.whole = rest_.first(body);
    rest_ = rest_.subspan(padded);
    if (f.is_end(item_.kind)) {
      padding_ = rest_;
      stop_ = true;
    }
  }
  constexpr void malformed() noexcept {
    item_.malformed = true;
    item_.whole = rest_;
    item_.value = {};
    rest_ = {};
    stop_ = true;
  }

  Bytes rest_;
  const TlvFormat* format_;
  TlvItem item_{};
  Bytes padding_{};
  bool done_ = false;
  bool stop_ = false;
};

/// A range over a TLV list: for (const TlvItem& o : view.opt_items()) …
class TlvRange {
 public:
  constexpr TlvRange(Bytes list, const TlvFormat& format) noexcept : list_(list), format_(&format) {}
  class iterator {
   public:
    constexpr explicit iterator(TlvIterator it) noexcept : it_(it) {}
    constexpr const TlvItem& operator*() const noexcept { return it_.item(); }
    constexpr iterator& operator++() noexcept { it_.next(); return *this; }
    constexpr bool operator==(std::default_sentinel_t) const noexcept { return it_.done(); }

   private:
    TlvIterator it_;
  };
  constexpr iterator begin() const noexcept { return iterator(TlvIterator(list_, *format_)); }
  constexpr std::default_sentinel_t end() const noexcept { return {}; }

 private:
  Bytes list_;
  const TlvFormat* format_;
};

}  // namespace jspcap
