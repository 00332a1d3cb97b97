// analyse: text messages (HTTP/1.x, or any spec with `message:`) over reassembled streams —
// requests and responses in both directions, pipelined and keep-alive, bodies framed as the
// spec's body rules say (length header, chunked coding decoded, to the close). Generic: nothing
// here knows a protocol; the spec's start-line and body rules drive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jspcap/bytes.hpp"
#include "jspcap/stream.hpp"
#include "jspcap/text_message.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

struct MessageLimits {
  std::size_t max_head = 64u << 10;   ///< start line and headers; a longer head is not a message
  std::size_t max_body = 1u << 20;    ///< body bytes kept per message (all are counted)
  std::size_t max_waiting = 256;      ///< unanswered messages remembered per direction
};

/// One message: its start line and headers as sent, its body decoded.
struct Message {
  ProtocolId protocol{};
  MessageRules rules;              ///< the spec's rules (static tables)
  std::uint64_t number = 0;        ///< 1-based, in the order messages complete
  std::uint64_t stream = 0;        ///< the connection's index (tcp.stream)
  int dir = 0;                     ///< direction within it (0: from the first packet's source)
  std::uint64_t offset = 0;        ///< stream offset of its first byte
  std::string head;                ///< start line and header lines, up to the empty line
  std::vector<std::uint8_t> body;  ///< decoded body (chunks joined), at most max_body bytes
  std::uint64_t body_length = 0;   ///< decoded body bytes in all
  bool body_truncated = false;     ///< more than max_body: the rest was counted, not kept
  BodyLength framing = BodyLength::none;
  bool complete = false;           ///< the body ended where its framing says
  std::uint64_t gap_bytes = 0;     ///< bytes of it missing from the capture
  std::vector<std::uint64_t> frames;   ///< frames its bytes came from, in order
  /// The request this one answers (its start line), when it is an answer.
  std::string answers;

  Bytes head_bytes() const noexcept { return {reinterpret_cast<const std::uint8_t*>(head.data()), head.size()}; }
  /// "request", "response".
  std::string_view receipt() const noexcept;
  /// The start-line token called `name` (method, target, version, status, phrase); empty when absent.
  std::string_view token(std::string_view name) const noexcept;
  /// The first header called `name` (case-insensitive).
  std::optional<std::string_view> header(std::string_view name) const noexcept;
  HeaderIterator headers() const noexcept;
};

using MessageSink = std::function<void(Message&&)>;

/// Parses one direction of a stream into messages.
class MessageParser {
 public:
  struct Asked {
    int rule = -1;
    std::string head;  ///< the asking message's head
  };
  /// `mine` holds the unanswered messages this direction sent, `theirs` the other direction's.
  MessageParser(ProtocolId protocol, const MessageRules& rules, MessageLimits limits = {})
      : protocol_(protocol), rules_(rules), limits_(limits) {}

  /// `frame` brought the bytes; `current` is the frame being processed (which completes a
  /// message: it is listed last in Message::frames).
  void data(Bytes b, std::uint64_t offset, std::uint64_t frame, std::deque<Asked>& mine, std::deque<Asked>& theirs,
            const MessageSink& sink, std::uint64_t current = 0);
  void gap(std::uint64_t n, const MessageSink& sink);
  /// The stream ended: a body running to the close is complete; any other is not.
  void close(const MessageSink& sink);

  std::uint64_t stream = 0;
  int dir = 0;

 private:
  enum class State : std::uint8_t { start, body, chunk_size, chunk_data, chunk_end, trailer, to_close, tunnel, lost };
  void begin_body(std::deque<Asked>& mine, std::deque<Asked>& theirs, const MessageSink& sink);
  void finish(bool complete, const MessageSink& sink);
  void take_body(Bytes b);
  void note_frame(std::uint64_t frame);

  ProtocolId protocol_;
  MessageRules rules_;
  MessageLimits limits_;
  State state_ = State::start;
  Message msg_;
  bool in_message_ = false;
  std::uint64_t remaining_ = 0;
  std::string line_;            ///< a chunk-size or trailer line being read
  std::uint64_t last_frame_ = 0;
  std::uint64_t current_ = 0;
};

/// A stream consumer that finds the text-message protocol of each connection (by the stream
/// spec's port table, else by content) and hands on its messages as they complete.
class MessageAnalyser : public StreamConsumer {
 public:
  explicit MessageAnalyser(MessageSink sink, MessageLimits limits = {}) : sink_(std::move(sink)), limits_(limits) {}
  void open(const Connection& c) override;
  void data(const Connection& c, int dir, std::uint64_t offset, Bytes b, std::uint64_t frame) override;
  void gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) override;
  void close(const Connection& c) override;

  std::uint64_t messages() const noexcept { return count_; }

 private:
  struct Conn {
    bool decided = false;
    ProtocolId protocol = ProtocolId::none;
    MessageRules rules;
    std::optional<MessageParser> parser[2];
    std::deque<MessageParser::Asked> asked[2];
  };
  void decide(Conn& c, ProtocolId id);
  MessageSink numbered();

  MessageSink sink_;
  MessageLimits limits_;
  std::unordered_map<std::uint64_t, std::unique_ptr<Conn>> conns_;
  std::uint64_t count_ = 0;
};

/// The seed's analyse(): what a payload on its own holds. `protocol` is the text-message
/// protocol whose start line it begins with (ProtocolId::none: none — Raw), `messages` the
/// messages parsed from it as one direction of a stream.
struct Analysis {
  ProtocolId protocol = ProtocolId::none;
  std::vector<Message> messages;
  /// "HTTP" or "Raw".
  std::string_view name() const noexcept;
  /// The payload's protocol chain as the seed showed it ("HTTP", "Raw").
  std::string protochain() const { return std::string(name()); }
};
Analysis analyse(Bytes payload, MessageLimits limits = {});

}  // namespace jspcap
