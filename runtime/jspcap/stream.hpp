// Stream reassembly while the capture streams by: the segments of a connection-oriented protocol
// (TCP — any spec with `stream:`) are put in order per direction and handed on as bytes, with
// gaps as typed events. Memory is bounded by the open connections and the out-of-order bytes
// they buffer, never by the file size. In-order data is handed on in place (no copy).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "jspcap/frame.hpp"
#include "jspcap/stream_info.hpp"

namespace jspcap {

struct StreamOptions {
  /// Capture seconds without a packet after which a connection is closed (DatagramEnd-like
  /// StreamClose::timeout). Long, as established connections idle for minutes.
  double timeout = 600.0;
  std::size_t max_connections = 65536;   ///< tracked at once; the least recently active goes
  std::size_t max_buffer = 4u << 20;     ///< out-of-order bytes one direction may buffer
  std::size_t max_total = 64u << 20;     ///< out-of-order bytes all connections may buffer
  /// The stream protocols to reassemble (ProtocolId::tcp); empty: all.
  std::vector<ProtocolId> protocols;
};

/// Why a connection ended.
enum class StreamClose : std::uint8_t {
  fin,          ///< both directions sent a FIN and every byte before it was handed on
  reset,        ///< a RST
  timeout,      ///< idle for StreamOptions::timeout capture seconds
  evicted,      ///< pushed out by max_connections
  end_of_file,  ///< still open when the capture ended
};
const char* to_string(StreamClose why) noexcept;

/// Why bytes are missing from a direction.
enum class GapCause : std::uint8_t {
  not_captured,   ///< the segment was cut by the capture's snapshot length
  lost,           ///< never seen: the connection ended (or moved on) with the hole still open
  buffer_limit,   ///< given up to keep max_buffer / max_total
};
const char* to_string(GapCause cause) noexcept;

/// One direction of a connection: what was handed on so far.
struct StreamDirection {
  bool started = false;        ///< a segment was seen (the base sequence number is known)
  bool syn = false;            ///< the base came from a SYN (the stream starts at its beginning)
  bool fin = false;            ///< a FIN was seen
  bool finished = false;       ///< every byte up to the FIN was handed on
  std::uint64_t base = 0;      ///< sequence number of byte 0 (mod 2^seq_bits)
  std::uint64_t next = 0;      ///< offset of the next byte to hand on
  std::uint64_t fin_at = UINT64_MAX;
  std::uint64_t delivered = 0; ///< bytes handed on
  std::uint64_t segments = 0;  ///< segments carrying data
  std::uint64_t gaps = 0, gap_bytes = 0;
  std::uint64_t retransmitted = 0;  ///< bytes received again (already handed on or buffered)
  std::uint64_t buffered = 0;       ///< out-of-order bytes held now
};

/// A connection: two ends, a direction each. Direction 0 is from ends[0], the source of the
/// first packet seen (the client when that packet was its SYN).
struct Connection {
  std::uint64_t index = 0;      ///< 0-based, in order of first packet (tshark's tcp.stream)
  ProtocolId protocol{};        ///< the stream protocol (TCP)
  AddrKind addr_kind = AddrKind::ipv4;
  std::uint8_t addr_len = 0;
  StreamEnd ends[2];
  StreamBinding binding;        ///< where its payload's protocol is found
  std::uint64_t first_frame = 0, last_frame = 0;
  Record first_time{}, last_time{};   ///< timestamps only (data is empty)
  std::uint64_t frame = 0;      ///< the frame being handed on now (data() may carry older ones)
  std::uint64_t packets = 0;    ///< frames of this connection
  std::uint64_t bytes = 0;      ///< their captured bytes
  bool closed = false;
  bool reset = false;           ///< a RST was seen (the connection closes once the other side is quiet)
  StreamClose why = StreamClose::end_of_file;
  StreamDirection dir[2];
};

/// The address of end 0 or 1 as text ("192.168.1.2", "2001:db8::1").
std::string end_address(const Connection& c, int end);

/// What a reassembler tells its consumers. Every call refers to a live Connection; `frame` is
/// the frame that brought the data (or, for a datagram's payload, the frame of its last
/// fragment); Connection::frame is the one being processed, which completed it. Data passed to data() is valid during the call only.
class StreamConsumer {
 public:
  virtual ~StreamConsumer() = default;
  virtual void open(const Connection&) {}
  /// Every frame of the connection, data or not, in capture order.
  virtual void packet(const Connection&, int /*dir*/, const Frame& /*frame*/) {}
  /// In-order bytes of direction `dir`, starting at stream offset `offset`.
  virtual void data(const Connection&, int /*dir*/, std::uint64_t /*offset*/, Bytes, std::uint64_t /*frame*/) {}
  /// `length` bytes at `offset` of direction `dir` are missing; data() resumes after them.
  virtual void gap(const Connection&, int /*dir*/, std::uint64_t /*offset*/, std::uint64_t /*length*/, GapCause) {}
  /// The connection ended (Connection::why); only packet() calls (late ACKs, retransmissions)
  /// may follow, until forget().
  virtual void close(const Connection&) {}
  /// The reassembler forgets the connection (a new SYN on its ends, the idle timeout, eviction,
  /// the end of the file): no more calls for it follow.
  virtual void forget(const Connection&) {}
};

/// One direction of a connection, collected whole (the seed's TCP reassembly entry): what the
/// report shows for it once the connection closes.
struct StreamPayload {
  struct Gap {
    std::uint64_t offset = 0, length = 0;
    GapCause cause = GapCause::lost;
  };
  const Connection* connection = nullptr;   ///< valid while the sink runs
  int dir = 0;
  std::vector<std::uint64_t> frames;        ///< frames that brought its data, in order
  std::vector<std::uint8_t> payload;        ///< its bytes, gaps left out, at most the keep limit
  std::uint64_t length = 0;                 ///< bytes handed on in all
  bool truncated = false;                   ///< more than the keep limit: counted, not kept
  std::vector<Gap> gaps;
  /// Every byte up to a FIN arrived (a direction that ended by RST, timeout or end of file, or
  /// with gaps, is not completed).
  bool completed() const noexcept;
};

/// Collects each direction of each connection and hands both on when it closes. Keeps at most
/// `keep` bytes per direction and `keep_total` in all (the rest is counted, marked truncated).
class StreamCollector : public StreamConsumer {
 public:
  using Sink = std::function<void(const StreamPayload&)>;
  StreamCollector(Sink sink, std::size_t keep = 16u << 20, std::size_t keep_total = 256u << 20)
      : sink_(std::move(sink)), keep_(keep), keep_total_(keep_total) {}
  void open(const Connection& c) override;
  void data(const Connection& c, int dir, std::uint64_t offset, Bytes b, std::uint64_t frame) override;
  void gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) override;
  void close(const Connection& c) override;

 private:
  Sink sink_;
  std::size_t keep_, keep_total_, kept_ = 0;
  std::unordered_map<std::uint64_t, std::unique_ptr<StreamPayload[]>> open_;
};

struct StreamStats {
  std::uint64_t segments = 0;      ///< stream layers seen
  std::uint64_t connections = 0;   ///< connections opened
  std::uint64_t closed_fin = 0, closed_reset = 0, timed_out = 0, evicted = 0, at_end = 0;
  std::uint64_t gaps = 0, gap_bytes = 0;
  std::uint64_t retransmitted = 0; ///< bytes received again
  std::uint64_t out_of_order = 0;  ///< segments that arrived ahead of a hole
  std::uint64_t buffer_flushes = 0;///< holes given up to keep the buffer limits
};

class StreamReassembler {
 public:
  explicit StreamReassembler(StreamOptions options = {});
  ~StreamReassembler();
  StreamReassembler(const StreamReassembler&) = delete;
  StreamReassembler& operator=(const StreamReassembler&) = delete;

  /// Consumers are called in the order added; not owned.
  void add(StreamConsumer& consumer) { consumers_.push_back(&consumer); }

  /// Adds the first stream layer of `frame` (a TCP segment). `outer`, for a reassembled
  /// datagram's payload, is the frame of its last fragment: it gives the addresses when `frame`
  /// holds none, and is the frame reported as the packet. Returns true when the frame held a
  /// stream layer. Connections idle past the timeout at this frame's time are closed first.
  bool feed(const Frame& frame, const Frame* outer = nullptr);
  /// End of the capture: closes every open connection (StreamClose::end_of_file).
  void finish();

  const StreamStats& stats() const noexcept { return stats_; }
  std::size_t open() const noexcept { return conns_.size(); }
  std::size_t buffered_bytes() const noexcept { return total_buffered_; }
  const StreamOptions& options() const noexcept { return options_; }

 private:
  struct Key {
    ProtocolId protocol{};
    std::uint8_t addr_len = 0;
    StreamEnd lo, hi;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept;
  };
  /// Out-of-order data held back, or a run of `run` bytes cut by the snapshot length.
  struct Piece {
    std::vector<std::uint8_t> bytes;
    std::uint64_t run = 0;
    std::uint64_t frame = 0;   ///< the frame that brought it
    std::uint64_t size() const noexcept { return run ? run : bytes.size(); }
  };
  struct State {
    Connection c;
    std::map<std::uint64_t, Piece> pending[2];  ///< by stream offset; pieces never overlap
    std::list<State*>::iterator age;
    Key key;
  };

  State* connection(const Key& key, const StreamInfo& info, ProtocolId id, const StreamBinding& binding,
                    const Frame& shown, int& dir);
  void segment(State& s, int dir, const StreamInfo& info, Bytes payload, std::uint64_t wire_payload,
               std::uint64_t frame);
  void deliver(State& s, int dir, std::uint64_t offset, Bytes bytes, std::uint64_t frame);
  void drain(State& s, int dir);
  void give_up_hole(State& s, int dir, GapCause cause);
  /// Buffers the parts of [offset, offset + n) not already held (first data wins): `bytes`, or
  /// with `run` an uncaptured run of n bytes.
  void keep(State& s, int dir, std::uint64_t offset, std::uint64_t n, const std::uint8_t* bytes, bool run,
            std::uint64_t frame);
  void gap(State& s, int dir, std::uint64_t n, GapCause cause);
  void enforce_limits(State& s, int dir);
  void close(State& s, StreamClose why);
  void erase(State& s);
  void expire(const Record& now);

  StreamOptions options_;
  std::vector<StreamConsumer*> consumers_;
  std::unordered_map<Key, std::unique_ptr<State>, KeyHash> conns_;
  std::list<State*> ages_;   ///< least recently active first
  std::size_t total_buffered_ = 0;
  std::uint64_t next_index_ = 0;
  StreamStats stats_;
  double clock_ = 0;            ///< capture time the timeout is measured against
  bool clock_set_ = false;
  double jump_ = 0;             ///< a time far ahead of the clock, waiting for a second frame to agree
  bool jump_set_ = false;
};

}  // namespace jspcap
