// What one dissection step produces, and why a layer may be incomplete. Plain values: the packet
// path never throws and never allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace jspcap {

enum class ProtocolId : std::uint16_t;  // generated: one value per spec, see <jspcap/generated/ids.hpp>

/// How far a layer could be decoded.
enum class Status : std::uint8_t {
  ok,
  truncated,              ///< the capture stopped (snap length) before the header ended
  malformed,              ///< a field holds an impossible value, or the header does not fit its parent
  length_exceeds_parent,  ///< a length field claims more than the parent carries; decoded up to the parent
  unsupported,            ///< no dissector, or the depth budget ran out
};

/// Why: a code plus the field and the numbers, turned into text only when a report is written.
enum class Reason : std::uint8_t {
  none,
  short_header,          ///< value = bytes available, limit = bytes the header needs
  bad_value,             ///< field is value, expected limit
  below_min,             ///< field is value, below limit
  above_max,             ///< field is value, above limit
  not_allowed,           ///< field is value, not among the allowed values
  negative_size,         ///< field's size works out to value (< 0)
  header_exceeds_total,  ///< header length value exceeds total length limit
  fields_exceed_header,  ///< the fields end at value, past the header length limit
  total_exceeds_parent,  ///< total length value, parent carries limit
  no_dissector,          ///< value = key looked up in table `field`
  depth_exhausted,       ///< limit = the depth budget
  stopped,               ///< dissection stopped here on request (-P / -L)
};

struct Issue {
  Status status = Status::ok;
  Reason reason = Reason::none;
  const char* field = nullptr;
  std::int64_t value = 0;
  std::int64_t limit = 0;

  explicit operator bool() const noexcept { return status != Status::ok || reason != Reason::none; }
};

/// The result of dissecting one layer: its extent and the protocol that follows.
struct Step {
  std::size_t header_len = 0;   ///< bytes of header (all captured when status is ok)
  std::size_t cap_len = 0;      ///< captured bytes of header + payload
  std::uint64_t wire_len = 0;   ///< bytes of header + payload on the wire
  ProtocolId next{};            ///< ProtocolId{} (0) when nothing follows by table
  std::uint64_t next_key = 0;        ///< the key looked up (for "no dissector for …")
  const char* next_table = nullptr;  ///< the table consulted, or nullptr (a miss means Raw)
  /// The payload is only part of what the next protocol describes (a datagram quoted by an ICMP
  /// error, the first fragment of a datagram): its length fields may exceed the payload.
  bool next_partial = false;
};

/// Text for an issue, e.g. "malformed: field 'version' is 6, expected 4".
std::string describe(const Issue& issue);
/// The same into a caller's buffer, without allocating; returns the length (truncated to n).
std::size_t describe(const Issue& issue, char* out, std::size_t n) noexcept;
const char* status_name(Status s) noexcept;

namespace detail {

inline std::int64_t safe_div(std::int64_t a, std::int64_t b) noexcept { return b ? a / b : 0; }
inline std::int64_t safe_mod(std::int64_t a, std::int64_t b) noexcept { return b ? a % b : 0; }
inline bool one_of(std::int64_t v, std::initializer_list<std::int64_t> set) noexcept {
  for (auto x : set)
    if (x == v) return true;
  return false;
}
template <class T>
constexpr T smaller(T a, T b) noexcept { return a < b ? a : b; }

/// The issue for a header that needs `need` bytes when `cap` are captured of `wire` on the wire.
/// Inside a partial payload (a quoted datagram) a short header is a cut, not a malformation.
inline Issue short_header(std::int64_t need, std::size_t cap, std::uint64_t wire, bool partial = false) noexcept {
  const bool snapped = partial || static_cast<std::uint64_t>(need) <= wire;
  return Issue{snapped ? Status::truncated : Status::malformed, Reason::short_header, nullptr,
               static_cast<std::int64_t>(snapped ? cap : wire), need};
}

}  // namespace detail
}  // namespace jspcap
