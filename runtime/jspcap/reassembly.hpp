// IP reassembly while the capture streams by: fragments (IPv4, the IPv6 Fragment header — any
// spec with `fragment:`) are collected per datagram with RFC 815 hole descriptors; a datagram is
// handed on when complete, when it times out (capture time), when limits evict it, or at the
// end of the file. Memory is bounded by the open datagrams, never by the file size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <string>
#include <unordered_map>
#include <vector>

#include "jspcap/fragment.hpp"
#include "jspcap/frame.hpp"

namespace jspcap {

struct ReassemblyOptions {
  /// Capture seconds a datagram may wait for its missing fragments (RFC 791 suggests 15 s; Linux
  /// and tshark-like tools use 30 s).
  double timeout = 30.0;
  std::size_t max_datagrams = 4096;      ///< open datagrams; the oldest is evicted beyond
  std::size_t max_bytes = 64u << 20;     ///< buffered payload bytes; the oldest are evicted beyond
  std::size_t max_size = 65535;          ///< a datagram's payload may not grow past this
  /// Overrides every spec's overlap policy (IPv4 "first", IPv6 "drop") when set.
  bool override_overlap = false;
  OverlapPolicy overlap = OverlapPolicy::first;
  /// The seed's strict: an incomplete datagram is handed on as not completed (its payload is not
  /// dissected). Without it, its holes are zero-filled and it is dissected like a complete one.
  bool strict = true;
  /// The fragment protocols to reassemble (ProtocolId::ipv4, ProtocolId::ipv6_frag); empty: all.
  std::vector<ProtocolId> protocols;
};

/// Why a datagram was handed on.
enum class DatagramEnd : std::uint8_t {
  complete,     ///< every byte up to the last fragment's end arrived
  timeout,      ///< its first fragment is older than the timeout
  evicted,      ///< pushed out by max_datagrams or max_bytes
  overlap,      ///< dropped: a fragment overlapped received data under the "drop" policy
  too_long,     ///< dropped: a fragment reached past max_size
  end_of_file,  ///< still incomplete when the capture ended
};
const char* to_string(DatagramEnd end) noexcept;

/// A reassembled (or abandoned) datagram.
struct Datagram {
  ProtocolId protocol{};               ///< whose fragments made it (IPv4, IPv6_Frag)
  std::vector<std::uint8_t> key;       ///< the identifying fields (FragmentInfo::key)
  std::vector<std::uint64_t> frames;   ///< frame numbers of its fragments, in arrival order
  std::vector<std::uint8_t> payload;   ///< the reassembled payload; holes are zero-filled
  /// Byte ranges [first, last) not received; empty when completed. The last one is open-ended
  /// (last = UINT64_MAX) while the final fragment has not arrived.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> holes;
  bool completed = false;
  std::uint32_t overlaps = 0;          ///< fragments that overlapped received data (repeats aside)
  DatagramEnd end = DatagramEnd::complete;
  ProtocolId next{};                   ///< the payload's protocol (from the first fragment)
  TableId next_table{};
  std::uint64_t next_key = 0;
  bool have_next = false;              ///< the first fragment (offset 0) arrived
  std::uint32_t linktype = 0;          ///< of the frame that completed it
  std::uint64_t number = 0;            ///< the frame of the last fragment
  std::int64_t ts_sec = 0;             ///< time of the last fragment (as Record)
  std::uint32_t ts_frac = 0;
  std::uint8_t ts_digits = 6;
};

struct ReassemblyStats {
  std::uint64_t fragments = 0;   ///< fragment layers seen
  std::uint64_t completed = 0;
  std::uint64_t timed_out = 0;
  std::uint64_t evicted = 0;
  std::uint64_t overlaps = 0;    ///< fragments that overlapped received data (any policy)
  std::uint64_t duplicates = 0;  ///< exact repeats, ignored
  std::uint64_t dropped = 0;     ///< datagrams dropped (overlap under "drop", too long)
};

class IpReassembler {
 public:
  using Sink = std::function<void(Datagram&&)>;
  explicit IpReassembler(ReassemblyOptions options = {}) : options_(options) {}

  /// Looks for a fragment layer in `frame` (the first one) and adds it; hands on, through
  /// `sink`, the datagram it completes and any that timed out by this frame's time. Returns true
  /// when the frame held a fragment.
  bool feed(const Frame& frame, const Sink& sink);
  /// End of the capture: hands on every open datagram (DatagramEnd::end_of_file).
  void finish(const Sink& sink);

  const ReassemblyStats& stats() const noexcept { return stats_; }
  std::size_t open() const noexcept { return open_.size(); }
  std::size_t buffered_bytes() const noexcept { return bytes_; }
  const ReassemblyOptions& options() const noexcept { return options_; }

 private:
  struct Open {
    Datagram d;
    std::uint64_t total = UINT64_MAX;  ///< known once the last fragment arrived
    double first_time = 0;
    OverlapPolicy overlap = OverlapPolicy::first;
    std::list<std::string>::iterator age;
  };
  void hand_on(const std::string& key, DatagramEnd end, const Sink& sink);
  void expire(double now, const Sink& sink);

  ReassemblyOptions options_;
  std::unordered_map<std::string, Open> open_;
  std::list<std::string> ages_;  ///< keys, oldest first
  std::size_t bytes_ = 0;
  ReassemblyStats stats_;
};

/// Dissects a datagram's payload from its first protocol (`frame` refers to `d.payload`). False
/// when there is nothing to dissect: no first fragment, or incomplete under `strict`.
bool dissect_datagram(const Datagram& d, Frame& frame, bool strict = true, const DissectOptions& options = {}) noexcept;

}  // namespace jspcap
