// The field-walker protocol between generated views and report writers.
//
// A generated view's visit(Sink&) calls, in wire order:
//   s.begin(key) … s.end()                 a nested map (a struct field, flags, a layer)
//   s.begin_list(key) … s.end_list()       a list (option lists, repeated fields); inside it
//                                           every call's key is "" (elements have no key)
//   s.uint(key, v)                          an unsigned integer
//   s.hex(key, v, nbytes)                   an integer shown as 0x…, nbytes wide
//   s.boolean(key, b)
//   s.enumerated(key, v, name, hex, nbytes) a value with its name from an enum table (name may
//                                           be nullptr: no name known)
//   s.bytes(key, Bytes)                     bytes kept as they are
//   s.address(key, AddrKind, Bytes)         MAC / IPv4 / IPv6 / any hardware or protocol address
//   s.text(key, Bytes)                      bytes meant as (ASCII) text
// The frame walk around the layers (runtime/src/walk.hpp) also calls s.integer(key, int64),
// s.string(key, string_view), s.decimal(key, exact decimal text) and s.null(key).
// Keys are string literals with static storage. Writers implement these as plain member
// functions; views are templates over the sink, so no call is virtual.
#pragma once

#include <cstdint>

namespace jspcap {

enum class AddrKind : std::uint8_t {
  mac,   ///< 6 bytes, aa:bb:cc:dd:ee:ff
  ipv4,  ///< 4 bytes, dotted quad
  ipv6,  ///< 16 bytes, RFC 5952 text
  hw,    ///< any length, colon-separated hex (a 6-byte one reads as a MAC)
  ip,    ///< 4 bytes as IPv4, 16 as IPv6, anything else as colon-separated hex
};

}  // namespace jspcap
