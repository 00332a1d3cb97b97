// The report formats. Each is a sink for the shared walk (walk.hpp) plus the document frame
// around it; output is built in a reused buffer and flushed in large writes.
#include "jspcap/report.hpp"
#include "jspcap/capture_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "jspcap/error.hpp"
#include "jspcap/generated/enums.hpp"
#include "text.hpp"
#include "walk.hpp"

namespace jspcap {
namespace {

using detail::append;
using detail::kTextMax;

constexpr std::size_t kFlushAt = 1 << 16;
constexpr std::size_t kMaxDepth = 2 * kMaxLayers + 16;

/// Bytes a JSON string cannot hold as they are: '"', '\\', control characters, and bytes outside
/// ASCII (text fields are bytes, not UTF-8), escaped so every document is valid JSON.
constexpr std::array<bool, 256> make_json_escape() {
  std::array<bool, 256> t{};
  for (unsigned c = 0; c < 256; ++c) t[c] = c < 0x20 || c >= 0x7f || c == '"' || c == '\\';
  return t;
}
constexpr std::array<bool, 256> kJsonEscape = make_json_escape();

/// The first byte at or after `p` that needs an escape, or `end`.
const char* json_plain_run(const char* p, const char* end) noexcept {
#if defined(__SSE2__)
  // 16 bytes a step: signed "< 0x20" also catches 0x80..0xff.
  const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  for (; end - p >= 16; p += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, del)),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
    if (const int m = _mm_movemask_epi8(bad)) return p + __builtin_ctz(static_cast<unsigned>(m));
  }
#endif
  while (p != end && !kJsonEscape[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

void json_string(fmt::memory_buffer& b, std::string_view s) {
  b.push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p != end) {
    // Copy the run that needs no escape in one go: keys and most values are all run.
    const char* q = json_plain_run(p, end);
    append(b, p, static_cast<std::size_t>(q - p));
    if (q == end) break;
    const auto c = static_cast<unsigned char>(*q);
    switch (c) {
      case '"': append(b, "\\\""); break;
      case '\\': append(b, "\\\\"); break;
      case '\n': append(b, "\\n"); break;
      case '\r': append(b, "\\r"); break;
      case '\t': append(b, "\\t"); break;
      default: {
        static constexpr char kHexDigits[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHexDigits[c >> 4], kHexDigits[c & 15]};
        append(b, u, sizeof u);
      }
    }
    p = q + 1;
  }
  b.push_back('"');
}

void xml_text(fmt::memory_buffer& b, std::string_view s) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&': append(b, "&amp;"); break;
      case '<': append(b, "&lt;"); break;
      case '>': append(b, "&gt;"); break;
      default:
        // XML 1.0 forbids most control characters; bytes ≥ 0x80 are not UTF-8 here.
        if ((c < 0x20 && c != '\t' && c != '\n') || c >= 0x7f) fmt::format_to(std::back_inserter(b), "\\x{:02x}", c);
        else b.push_back(ch);
    }
  }
}

/// XML text of UTF-8 (another engine's values): characters kept, what XML forbids escaped as
/// xml_text() does.
void xml_utf8_text(fmt::memory_buffer& b, std::string_view s);

std::string_view as_text(Bytes b) { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

/// The code point of the UTF-8 sequence at `p` and its length, or 0 when it is not valid UTF-8.
std::pair<char32_t, int> utf8_decode(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned c = p[0];
  const int n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (n == 0 || end - p < n) return {0, 0};
  char32_t cp = c & (0x7f >> n);
  for (int i = 1; i < n; ++i) {
    if ((p[i] & 0xc0) != 0x80) return {0, 0};
    cp = (cp << 6) | (p[i] & 0x3f);
  }
  const char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return {0, 0};
  return {cp, n};
}

void xml_utf8_text(fmt::memory_buffer& b, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p != end) {
    const std::size_t n = *p < 0x80 ? 0 : static_cast<std::size_t>(utf8_decode(p, end).second);
    if (n == 0) {
      xml_text(b, std::string_view(reinterpret_cast<const char*>(p), 1));
      ++p;
      continue;
    }
    append(b, reinterpret_cast<const char*>(p), n);
    p += n;
  }
}

/// A JSON string of UTF-8 text (another engine's values), non-ASCII characters written as
/// \uXXXX escapes so the document stays ASCII like the rest of the report; a byte that is not
/// UTF-8 is escaped as itself, as json_string() does.
void json_utf8_string(fmt::memory_buffer& b, std::string_view s) {
  static constexpr char kHexDigits[] = "0123456789abcdef";
  auto unit = [&](unsigned u) {
    const char e[6] = {'\\', 'u', kHexDigits[(u >> 12) & 15], kHexDigits[(u >> 8) & 15], kHexDigits[(u >> 4) & 15], kHexDigits[u & 15]};
    append(b, e, sizeof e);
  };
  b.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p != end) {
    const char* run = reinterpret_cast<const char*>(p);
    const char* q = json_plain_run(run, reinterpret_cast<const char*>(end));
    append(b, run, static_cast<std::size_t>(q - run));
    p = reinterpret_cast<const unsigned char*>(q);
    if (p == end) break;
    if (*p < 0x80) {
      switch (*p) {
        case '"': append(b, "\\\""); break;
        case '\\': append(b, "\\\\"); break;
        case '\n': append(b, "\\n"); break;
        case '\r': append(b, "\\r"); break;
        case '\t': append(b, "\\t"); break;
        default: unit(*p);
      }
      ++p;
      continue;
    }
    const auto [cp, n] = utf8_decode(p, end);
    if (n == 0) { unit(*p++); continue; }
    if (cp < 0x10000) unit(static_cast<unsigned>(cp));
    else { unit(0xd800 + ((cp - 0x10000) >> 10)); unit(0xdc00 + ((cp - 0x10000) & 0x3ff)); }
    p += n;
  }
  b.push_back('"');
}

// ---- JSON and JSON Lines ---------------------------------------------------------------------

/// JSON as jspcap wrote it (tab indentation, `"key" : value`) or compact for JSON Lines.
class JsonSink {
 public:
  explicit JsonSink(fmt::memory_buffer& b, bool pretty = true) : b_(b), pretty_(pretty) {}

  /// Opens an anonymous map (the document or a JSON Lines record).
  void open() { b_.push_back('{'); first_[++depth_] = true; }
  void close() { end(); }
  void open_document() { open(); }
  void close_document() { close(); b_.push_back('\n'); }

  void begin(std::string_view key) { open_container(key, '{', false); }
  void end() {
    const bool empty = first_[depth_];
    const bool list = list_[depth_--];
    if (pretty_ && !empty) newline();
    b_.push_back(list ? ']' : '}');
  }
  void begin_list(std::string_view key) { open_container(key, '[', true); }
  void end_list() { end(); }
  void uint(std::string_view key, std::uint64_t v) { this->key(key); detail::append_uint(b_, v); }
  void integer(std::string_view key, std::int64_t v) { this->key(key); detail::append_int(b_, v); }
  void hex(std::string_view key, std::uint64_t v, unsigned n) { char t[kTextMax]; string(key, detail::format_hex(v, n, t)); }
  void boolean(std::string_view key, bool v) { this->key(key); append(b_, v ? "true" : "false"); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned n) {
    char t[kTextMax];
    string(key, detail::format_enum(v, name, hex, n, t));
  }
  void bytes(std::string_view key, Bytes v) { this->key(key); b_.push_back('"'); detail::hex_bytes(b_, v); b_.push_back('"'); }
  void address(std::string_view key, AddrKind kind, Bytes v) { char t[kTextMax]; string(key, detail::format_address(kind, v, t)); }
  void text(std::string_view key, Bytes v) { string(key, as_text(v)); }
  void string(std::string_view key, std::string_view v) { this->key(key); json_string(b_, v); }
  void decimal(std::string_view key, std::string_view v) { this->key(key); append(b_, v); }
  void null(std::string_view key) { this->key(key); append(b_, "null"); }
  void utf8(std::string_view key, std::string_view v) { this->key(key); json_utf8_string(b_, v); }

 private:
  void newline() {
    b_.push_back('\n');
    for (int i = 0; i < depth_; ++i) b_.push_back('\t');
  }
  void open_container(std::string_view key, char bracket, bool list) {
    this->key(key);
    b_.push_back(bracket);
    first_[++depth_] = true;
    list_[depth_] = list;
  }
  /// Starts a value: the separator, and the key unless the value is a list element.
  void key(std::string_view k) {
    if (!first_[depth_]) b_.push_back(',');
    first_[depth_] = false;
    if (pretty_) {
      b_.push_back('\n');
      for (int i = 0; i < depth_; ++i) b_.push_back('\t');
    }
    if (list_[depth_]) return;
    if (json_plain_run(k.data(), k.data() + k.size()) == k.data() + k.size()) {
      // Field names are plain: quote, name, quote and separator in one write.
      const char* sep = pretty_ ? "\" : " : "\":";
      const std::size_t n = pretty_ ? 4 : 2;
      const std::size_t at = b_.size();
      b_.resize(at + 1 + k.size() + n);
      char* w = b_.data() + at;
      *w = '"';
      std::memcpy(w + 1, k.data(), k.size());
      std::memcpy(w + 1 + k.size(), sep, n);
      return;
    }
    json_string(b_, k);
    append(b_, pretty_ ? " : " : ":");
  }

  fmt::memory_buffer& b_;
  bool pretty_;
  int depth_ = 0;
  std::array<bool, kMaxDepth> first_{};
  std::array<bool, kMaxDepth> list_{};
};

// ---- PLIST -----------------------------------------------------------------------------------

class PlistSink {
 public:
  explicit PlistSink(fmt::memory_buffer& b) : b_(b) {}

  void open_document() {
    append(b_, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
               "<plist version=\"1.0\">\n<dict>\n");
  }
  void close_document() { append(b_, "</dict>\n</plist>\n"); }

  void begin(std::string_view key) { open_container(key, "<dict>\n", false); }
  void end() {
    const bool list = list_[depth_--];
    indent();
    append(b_, list ? "</array>\n" : "</dict>\n");
  }
  void begin_list(std::string_view key) { open_container(key, "<array>\n", true); }
  void end_list() { end(); }
  void uint(std::string_view key, std::uint64_t v) { this->key(key); append(b_, "<integer>"); detail::append_uint(b_, v); append(b_, "</integer>\n"); }
  void integer(std::string_view key, std::int64_t v) { this->key(key); append(b_, "<integer>"); detail::append_int(b_, v); append(b_, "</integer>\n"); }
  void hex(std::string_view key, std::uint64_t v, unsigned n) { char t[kTextMax]; string(key, detail::format_hex(v, n, t)); }
  void boolean(std::string_view key, bool v) { this->key(key); append(b_, v ? "<true/>\n" : "<false/>\n"); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned n) {
    char t[kTextMax];
    string(key, detail::format_enum(v, name, hex, n, t));
  }
  void bytes(std::string_view key, Bytes v) { this->key(key); append(b_, "<data>"); detail::base64(b_, v); append(b_, "</data>\n"); }
  void address(std::string_view key, AddrKind kind, Bytes v) { char t[kTextMax]; string(key, detail::format_address(kind, v, t)); }
  void text(std::string_view key, Bytes v) { string(key, as_text(v)); }
  void string(std::string_view key, std::string_view v) { this->key(key); append(b_, "<string>"); xml_text(b_, v); append(b_, "</string>\n"); }
  void decimal(std::string_view key, std::string_view v) { this->key(key); append(b_, "<real>"); append(b_, v); append(b_, "</real>\n"); }
  void null(std::string_view) {}  // plist has no null: the key is left out
  void utf8(std::string_view key, std::string_view v) { this->key(key); append(b_, "<string>"); xml_utf8_text(b_, v); append(b_, "</string>\n"); }

  void indent() { for (int i = 0; i < depth_; ++i) b_.push_back('\t'); }
  int depth_ = 1;

 private:
  void open_container(std::string_view key, const char* tag, bool list) {
    this->key(key);
    append(b_, tag);
    list_[++depth_] = list;
  }
  /// Starts a value: its <key> unless it is an array element.
  void key(std::string_view k) {
    indent();
    if (list_[depth_]) return;
    append(b_, "<key>");
    xml_text(b_, k);
    append(b_, "</key>\n");
    indent();
  }

  fmt::memory_buffer& b_;
  std::array<bool, kMaxDepth> list_{};
};

// ---- TREE ------------------------------------------------------------------------------------

/// The seed's tree view. Whether an item is its parent's last child decides the prefix of its
/// children, so one entry is recorded first (in reused buffers) and printed when complete.
class TreeSink {
 public:
  void begin(std::string_view key) { open(key, false); }
  void end() { close(); }
  void begin_list(std::string_view key) { open(key, true); }
  void end_list() { close(); }
  void uint(std::string_view key, std::uint64_t v) { value(key, static_cast<std::size_t>(detail::format_uint(v, tmp_) - tmp_)); }
  void integer(std::string_view key, std::int64_t v) { value(key, static_cast<std::size_t>(detail::format_int(v, tmp_) - tmp_)); }
  void hex(std::string_view key, std::uint64_t v, unsigned n) { string(key, detail::format_hex(v, n, tmp_)); }
  void boolean(std::string_view key, bool v) { string(key, v ? "True" : "False"); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned n) {
    string(key, detail::format_enum(v, name, hex, n, tmp_));
  }
  void bytes(std::string_view key, Bytes v) {
    // Copied: the entry is printed after the walk, when a caller's temporary may be gone.
    push(Kind::bytes, key);
    events_.back().text_at = text_.size();
    events_.back().text_len = v.size();
    text_.append(reinterpret_cast<const char*>(v.data()), reinterpret_cast<const char*>(v.data()) + v.size());
  }
  void address(std::string_view key, AddrKind kind, Bytes v) { string(key, detail::format_address(kind, v, tmp_)); }
  void text(std::string_view key, Bytes v) { string(key, as_text(v)); }
  void string(std::string_view key, std::string_view v) {
    push(Kind::value, key);
    events_.back().text_at = text_.size();
    events_.back().text_len = v.size();
    append(text_, v);
  }
  void decimal(std::string_view key, std::string_view v) { string(key, v); }
  void null(std::string_view key) { string(key, "NIL"); }
  /// Another engine's text: a line break or other control character is written as an escape
  /// (\r\n as tshark shows them), so a value stays on its line.
  void utf8(std::string_view key, std::string_view v) {
    if (std::none_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) return string(key, v);
    std::string escaped;
    for (const char c : v) {
      switch (c) {
        case '\n': escaped += "\\n"; break;
        case '\r': escaped += "\\r"; break;
        case '\t': escaped += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) escaped += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
          else escaped += c;
      }
    }
    string(key, escaped);
  }

  /// Prints the recorded entry under `name` and forgets it.
  void flush_entry(fmt::memory_buffer& out, std::string_view name) {
    out.push_back('\n');
    append(out, name);
    out.push_back('\n');
    mark_last();
    prefix_.clear();
    append(prefix_, "  ");
    std::array<std::uint32_t, kMaxDepth> index{};
    int depth = 0;
    for (std::size_t i = 0; i < events_.size(); ++i) {
      const Event& e = events_[i];
      if (e.kind == Kind::close) {
        prefix_.resize(prefix_.size() - 6);
        --depth;
        continue;
      }
      append(out, std::string_view(prefix_.data(), prefix_.size()));
      if (e.element && e.kind != Kind::open) {
        // A list's scalar element, as jspcap printed tuple items.
        append(out, "|--> ");
        if (e.kind == Kind::value) append(out, std::string_view(text_.data() + e.text_at, e.text_len));
        else detail::hex_bytes(out, Bytes{reinterpret_cast<const std::uint8_t*>(text_.data()) + e.text_at, e.text_len});
        out.push_back('\n');
        continue;
      }
      append(out, "|-- ");
      if (e.element) detail::append_uint(out, ++index[depth]);
      else append(out, e.key);
      const char* child = e.last ? "      " : "|     ";
      if (e.kind == Kind::open && i + 1 < events_.size() && events_[i + 1].kind == Kind::close) {
        append(out, " -> NIL\n");  // an empty map or list, as jspcap shows nothing
        ++i;
      } else if (e.kind == Kind::open) {
        out.push_back('\n');
        append(prefix_, child);
        index[++depth] = 0;
      } else if (e.kind == Kind::value) {
        append(out, " -> ");
        append(out, std::string_view(text_.data() + e.text_at, e.text_len));
        out.push_back('\n');
      } else {
        print_bytes(out, Bytes{reinterpret_cast<const std::uint8_t*>(text_.data()) + e.text_at, e.text_len}, child);
      }
    }
    events_.clear();
    text_.clear();
  }

 private:
  enum class Kind : std::uint8_t { open, close, value, bytes };
  struct Event {
    Kind kind;
    bool element = false;  ///< an element of a list (no key of its own)
    bool last = true;
    std::string_view key;
    std::size_t text_at = 0, text_len = 0;  ///< value text or bytes, in text_
  };

  void value(std::string_view key, std::size_t n) { string(key, std::string_view(tmp_, n)); }
  void push(Kind kind, std::string_view key) { events_.push_back(Event{kind, list_[depth_], true, key, 0, 0}); }
  void open(std::string_view key, bool list) {
    push(Kind::open, key);
    list_[++depth_] = list;
  }
  void close() {
    --depth_;
    events_.push_back(Event{Kind::close, false, true, {}, 0, 0});
  }

  // An item is "last" when no sibling follows it before its parent closes.
  void mark_last() {
    std::array<std::size_t, kMaxDepth> previous{};
    previous.fill(SIZE_MAX);
    int depth = 0;
    for (std::size_t i = 0; i < events_.size(); ++i) {
      Event& e = events_[i];
      if (e.kind == Kind::close) { previous[depth--] = SIZE_MAX; continue; }
      if (previous[depth] != SIZE_MAX) events_[previous[depth]].last = false;
      previous[depth] = i;
      if (e.kind == Kind::open) previous[++depth] = SIZE_MAX;
    }
  }

  void print_bytes(fmt::memory_buffer& out, Bytes b, const char* child) {
    if (b.empty()) { append(out, " -> NIL \n"); return; }
    if (b.size() <= 16) {
      append(out, " -> ");
      detail::hex_bytes(out, b);
      out.push_back('\n');
      return;
    }
    out.push_back('\n');
    // 16 bytes a line under the item's prefix; every line written in place into room reserved once.
    const std::size_t lines = (b.size() + 15) / 16;
    const std::size_t lead = prefix_.size() + 6 + 5;
    const std::size_t at = out.size();
    out.resize(at + lines * (lead + 48) + detail::kHexSpare);
    char* p = out.data() + at;
    for (std::size_t i = 0; i < b.size(); i += 16) {
      std::memcpy(p, prefix_.data(), prefix_.size());
      std::memcpy(p + prefix_.size(), child, 6);
      std::memcpy(p + prefix_.size() + 6, i == 0 ? "|--> " : "     ", 5);
      p = detail::hex_spaced(b.data() + i, std::min<std::size_t>(16, b.size() - i), p + lead);
      *p++ = '\n';
    }
    out.resize(static_cast<std::size_t>(p - out.data()));
  }

  std::vector<Event> events_;
  std::array<bool, kMaxDepth> list_{};  ///< per open level: is it a list
  int depth_ = 0;
  fmt::memory_buffer text_;
  fmt::memory_buffer prefix_;
  char tmp_[kTextMax];
};

// ---- Trees from other engines (-E tshark) ----------------------------------------------------

/// Deeper than this a subtree is written as its compact JSON text: the sinks keep per-level state
/// in arrays of kMaxDepth, and the document, the frame entry and "layers" take levels too.
constexpr int kTreeDepth = static_cast<int>(kMaxDepth) - 8;

template <class Sink>
void walk_tree_value(std::string_view key, const nlohmann::ordered_json& v, Sink& s, int depth) {
  using Json = nlohmann::ordered_json;
  if (v.is_structured() && depth >= kTreeDepth) {
    s.utf8(key, v.dump(-1, ' ', false, Json::error_handler_t::replace));
    return;
  }
  switch (v.type()) {
    case Json::value_t::object:
      s.begin(key);
      // it.key() refers into the tree, which outlives the entry (the TREE sink keeps keys).
      for (auto it = v.begin(); it != v.end(); ++it) walk_tree_value(it.key(), it.value(), s, depth + 1);
      s.end();
      break;
    case Json::value_t::array:
      s.begin_list(key);
      for (const auto& item : v) walk_tree_value("", item, s, depth + 1);
      s.end_list();
      break;
    case Json::value_t::string: s.utf8(key, v.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: s.boolean(key, v.get<bool>()); break;
    case Json::value_t::number_integer: s.integer(key, v.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: s.uint(key, v.get<std::uint64_t>()); break;
    case Json::value_t::number_float: {
      const double d = v.get<double>();
      const std::string text = fmt::format("{}", d);
      if (std::isfinite(d)) s.decimal(key, text); else s.string(key, text);
      break;
    }
    case Json::value_t::binary: {
      const auto& bin = v.get_binary();
      s.bytes(key, Bytes{bin.data(), bin.size()});
      break;
    }
    case Json::value_t::null:
    case Json::value_t::discarded: s.null(key); break;
  }
}

/// The members of a FrameTree's layers, as a frame's layers.
template <class Sink>
void walk_tree_layers(const FrameTree& t, Sink& s) {
  if (!t.layers.is_object()) return;
  for (auto it = t.layers.begin(); it != t.layers.end(); ++it) walk_tree_value(it.key(), it.value(), s, 0);
}

// ---- Global Header (shared by the formats) ---------------------------------------------------

template <class Sink>
void walk_global_header(const FileHeader& h, Sink& s) {
  std::uint8_t magic[4];
  const std::uint32_t m = h.magic;
  // As the bytes appear in the file.
  if (h.big_endian) { magic[0] = m >> 24; magic[1] = m >> 16; magic[2] = m >> 8; magic[3] = m; }
  else { magic[0] = m; magic[1] = m >> 8; magic[2] = m >> 16; magic[3] = m >> 24; }
  s.bytes("magic_number", Bytes{magic, 4});
  s.string("format", h.format == FileFormat::pcapng ? "pcapng" : "pcap");
  s.string("byteorder", h.big_endian ? "big" : "little");
  s.uint("version_major", h.version_major);
  s.uint("version_minor", h.version_minor);
  if (h.format == FileFormat::pcapng) return;  // link type, snap length and resolution are per
                                               // interface: each frame carries its own
  s.boolean("nanosecond", h.nanosecond);
  s.integer("thiszone", h.thiszone);
  s.uint("sigfigs", h.sigfigs);
  s.uint("snaplen", h.snaplen);
  s.enumerated("network", h.linktype, enums::linktype(h.linktype), false, 4);
}

// ---- Writers ---------------------------------------------------------------------------------

/// Room for an entry's name "Frame N".
using EntryName = char[32];
std::string_view frame_name(std::uint64_t number, EntryName& out) {
  std::memcpy(out, "Frame ", 6);
  return {out, static_cast<std::size_t>(detail::format_uint(number, out + 6) - out)};
}

class BufferedWriter : public ReportWriter {
 public:
  ~BufferedWriter() override {
    if (!bg_) return;
    {
      std::lock_guard<std::mutex> lock(bg_->mutex);
      bg_->quit = true;
    }
    bg_->wake.notify_all();
    bg_->thread.join();
  }
  void write_in_background() override {
    if (bg_) return;
    bg_ = std::make_unique<Background>();
    flush_at_ = kBackgroundFlushAt;
    bg_->thread = std::thread([this] { background_loop(); });
  }

 protected:
  using ReportWriter::ReportWriter;
  void maybe_flush() {
    if (buf_.size() >= flush_at_) drain();
  }
  void drain() {
    if (!bg_) {
      write(buf_.data(), buf_.size());
      buf_.clear();
      return;
    }
    // Swap the full buffer with the written one; the sinks keep writing into buf_.
    std::unique_lock<std::mutex> lock(bg_->mutex);
    wait_idle(lock);
    fmt::memory_buffer written(std::move(bg_->pending));
    bg_->pending = std::move(buf_);
    buf_ = std::move(written);
    buf_.clear();
    bg_->busy = true;
    lock.unlock();
    bg_->wake.notify_all();
  }
  /// Writes everything out and flushes the stream.
  void finish() {
    drain();
    if (bg_) {
      std::unique_lock<std::mutex> lock(bg_->mutex);
      wait_idle(lock);
    }
    flush();
  }
  fmt::memory_buffer buf_;

 private:
  static constexpr std::size_t kBackgroundFlushAt = 1 << 20;
  struct Background {
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    fmt::memory_buffer pending;  ///< the buffer being written
    bool busy = false;           ///< `pending` waits to be or is being written
    bool quit = false;
    int error = 0;               ///< errno of the first failed write
  };

  void wait_idle(std::unique_lock<std::mutex>& lock) {
    bg_->wake.wait(lock, [&] { return !bg_->busy; });
    if (bg_->error) throw FileError(fmt::format("{}: write failed: {}", out_name_, std::strerror(bg_->error)));
  }
  void background_loop() {
    std::unique_lock<std::mutex> lock(bg_->mutex);
    for (;;) {
      bg_->wake.wait(lock, [&] { return bg_->busy || bg_->quit; });
      if (!bg_->busy) return;
      const std::size_t n = bg_->pending.size();
      int error = 0;
      if (!bg_->error && n) {
        lock.unlock();  // the owner only touches `pending` while busy is false
        errno = 0;
        if (std::fwrite(bg_->pending.data(), 1, n, out_) != n) error = errno ? errno : EIO;
        lock.lock();
      }
      if (error && !bg_->error) bg_->error = error;
      bg_->busy = false;
      lock.unlock();
      bg_->wake.notify_all();
      lock.lock();
    }
  }

  std::size_t flush_at_ = kFlushAt;
  std::unique_ptr<Background> bg_;
};

/// JSON and PLIST: one top-level map, "Global Header" then "Frame N" entries, each written as it
/// comes. The sink opens and closes the document around them.
template <class Sink>
class MapWriter final : public BufferedWriter {
 public:
  MapWriter(std::FILE* out, std::string out_name) : BufferedWriter(out, std::move(out_name)), sink_(buf_) {}
  void begin_document() override { sink_.open_document(); }
  void global_header(const FileHeader& h) override {
    sink_.begin("Global Header");
    walk_global_header(h, sink_);
    sink_.end();
  }
  void frame(const Frame& f) override {
    EntryName name;
    sink_.begin(frame_name(f.number(), name));
    detail::walk_frame(f, sink_, detail::Shape::report);
    sink_.end();
    maybe_flush();
  }
  void frame(const Record& r, const FrameTree& t) override {
    EntryName name;
    sink_.begin(frame_name(r.number, name));
    detail::walk_frame_keys(r, t.protocols, t.error, sink_, detail::Shape::report, [&] { walk_tree_layers(t, sink_); });
    sink_.end();
    maybe_flush();
  }
  void datagram(const Datagram& d, const Frame* payload) override {
    entry(fmt::format("Reassembled {}", ++datagrams_), [&] { detail::walk_datagram(d, payload, sink_, detail::Shape::report); });
  }
  void stream(const StreamPayload& p) override {
    entry(fmt::format("Stream {}.{}", p.connection->index, p.dir), [&] { detail::walk_stream(p, sink_, detail::Shape::report); });
  }
  void message(const Message& m) override {
    entry(fmt::format("{} {}", info(m.protocol).name, m.number), [&] { detail::walk_message(m, sink_, detail::Shape::report); });
  }
  void end_document(std::string_view error) override {
    if (!error.empty()) sink_.string("Error", error);
    sink_.close_document();
    finish();
  }

 private:
  template <class Walk>
  void entry(const std::string& name, Walk walk) {
    sink_.begin(name);
    walk();
    sink_.end();
    maybe_flush();
  }
  Sink sink_;
  std::uint64_t datagrams_ = 0;
};

class JsonLinesWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;
  void begin_document() override {}
  void global_header(const FileHeader&) override {}  // every line carries what it needs
  void frame(const Frame& f) override {
    JsonSink sink{buf_, false};
    sink.open();
    detail::walk_frame(f, sink, detail::Shape::lines);
    sink.close();
    buf_.push_back('\n');
    maybe_flush();
  }
  void frame(const Record& r, const FrameTree& t) override {
    line([&](JsonSink& sink) {
      detail::walk_frame_keys(r, t.protocols, t.error, sink, detail::Shape::lines, [&] { walk_tree_layers(t, sink); });
    });
  }
  void datagram(const Datagram& d, const Frame* payload) override {
    line([&](JsonSink& sink) { detail::walk_datagram(d, payload, sink, detail::Shape::lines); });
  }
  void stream(const StreamPayload& p) override {
    line([&](JsonSink& sink) { detail::walk_stream(p, sink, detail::Shape::lines); });
  }
  void message(const Message& m) override {
    line([&](JsonSink& sink) { detail::walk_message(m, sink, detail::Shape::lines); });
  }
  // A damaged capture's error is not written: a last line of another shape would break readers
  // that expect one table. The caller gets it (jspcapy prints it and exits 2).
  void end_document(std::string_view) override {
    finish();
  }

 private:
  template <class Walk>
  void line(Walk walk) {
    JsonSink sink{buf_, false};
    sink.open();
    walk(sink);
    sink.close();
    buf_.push_back('\n');
    maybe_flush();
  }
};

class TreeWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;
  void begin_document() override { append(buf_, "PCAP File Tree-View Format\n"); }
  void global_header(const FileHeader& h) override {
    walk_global_header(h, sink_);
    sink_.flush_entry(buf_, "Global Header");
  }
  void frame(const Frame& f) override {
    EntryName name;
    detail::walk_frame(f, sink_, detail::Shape::report);
    sink_.flush_entry(buf_, frame_name(f.number(), name));
    maybe_flush();
  }
  void frame(const Record& r, const FrameTree& t) override {
    EntryName name;
    detail::walk_frame_keys(r, t.protocols, t.error, sink_, detail::Shape::report, [&] { walk_tree_layers(t, sink_); });
    sink_.flush_entry(buf_, frame_name(r.number, name));
    maybe_flush();
  }
  void datagram(const Datagram& d, const Frame* payload) override {
    detail::walk_datagram(d, payload, sink_, detail::Shape::report);
    sink_.flush_entry(buf_, fmt::format("Reassembled {}", ++datagrams_));
    maybe_flush();
  }
  void stream(const StreamPayload& p) override {
    detail::walk_stream(p, sink_, detail::Shape::report);
    sink_.flush_entry(buf_, fmt::format("Stream {}.{}", p.connection->index, p.dir));
    maybe_flush();
  }
  void message(const Message& m) override {
    detail::walk_message(m, sink_, detail::Shape::report);
    sink_.flush_entry(buf_, fmt::format("{} {}", info(m.protocol).name, m.number));
    maybe_flush();
  }
  void end_document(std::string_view error) override {
    if (!error.empty()) {
      sink_.string("reason", error);
      sink_.flush_entry(buf_, "Error");
    }
    finish();
  }

 private:
  TreeSink sink_;
  std::uint64_t datagrams_ = 0;
};

/// Classic pcap: the input's resolution and link type, this machine's byte order.
class PcapWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;
  void begin_document() override {}
  void global_header(const FileHeader& h) override {
    nanosecond_ = h.nanosecond;
    linktype_ = h.linktype;
    options_.linktype = linktype_;
    options_.nanosecond = nanosecond_;
    options_.snaplen = std::max<std::uint32_t>(h.snaplen, 262144);
    std::uint8_t bytes[24];
    pcap_file_header(options_, bytes);
    buf_.append(bytes, bytes + 24);
    header_written_ = true;
  }
  void frame(const Frame& f) override { record(f.record()); }
  void frame(const Record& r, const FrameTree&) override { record(r); }
  // A pcap holds captured frames only.
  void datagram(const Datagram&, const Frame*) override {}
  void stream(const StreamPayload&) override {}
  void message(const Message&) override {}
  void end_document(std::string_view) override {
    finish();
  }

 private:
  void record(const Record& r) {
    if (r.linktype == kLinktypeNone) return;  // a pcapng custom block: not a packet, no pcap record
    if (r.linktype != linktype_) {
      throw FormatError(fmt::format("{}: frame {} has link type {} but the pcap output has {}; "
                                    "classic pcap holds one link type per file",
                                    out_name_, r.number, r.linktype, linktype_));
    }
    std::uint8_t bytes[16];
    pcap_record_header(options_, r.ts_sec, pcap_fraction(r, nanosecond_), r.cap_len, r.wire_len, bytes);
    buf_.append(bytes, bytes + 16);
    buf_.append(r.data.data(), r.data.data() + r.data.size());
    maybe_flush();
  }
  CaptureOptions options_;   // this machine's byte order
  bool nanosecond_ = false;
  bool header_written_ = false;
  std::uint32_t linktype_ = 0;
};

}  // namespace

ReportWriter::ReportWriter(std::FILE* out, std::string out_name) : out_(out), out_name_(std::move(out_name)) {}
ReportWriter::~ReportWriter() = default;

void ReportWriter::write(const char* data, std::size_t n) {
  if (n && std::fwrite(data, 1, n, out_) != n)
    throw FileError(fmt::format("{}: write failed: {}", out_name_, std::strerror(errno)));
}

void ReportWriter::flush() {
  if (std::fflush(out_) != 0) throw FileError(fmt::format("{}: write failed: {}", out_name_, std::strerror(errno)));
}

std::unique_ptr<ReportWriter> ReportWriter::create(Format format, std::FILE* out, std::string out_name) {
  switch (format) {
    case Format::json: return std::unique_ptr<ReportWriter>(new MapWriter<JsonSink>(out, std::move(out_name)));
    case Format::jsonl: return std::unique_ptr<ReportWriter>(new JsonLinesWriter(out, std::move(out_name)));
    case Format::plist: return std::unique_ptr<ReportWriter>(new MapWriter<PlistSink>(out, std::move(out_name)));
    case Format::tree: return std::unique_ptr<ReportWriter>(new TreeWriter(out, std::move(out_name)));
    case Format::pcap: return std::unique_ptr<ReportWriter>(new PcapWriter(out, std::move(out_name)));
  }
  throw FormatError("unknown format");
}

std::optional<Format> parse_format(std::string_view name) noexcept {
  std::string lower(name);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "json") return Format::json;
  if (lower == "plist") return Format::plist;
  if (lower == "tree" || lower == "txt") return Format::tree;
  if (lower == "jsonl") return Format::jsonl;
  if (lower == "pcap") return Format::pcap;
  return std::nullopt;
}

std::optional<Format> format_for_extension(std::string_view ext) noexcept {
  if (!ext.empty() && ext.front() == '.') ext.remove_prefix(1);
  if (ext == "tree") return std::nullopt;
  return parse_format(ext);
}

const char* format_extension(Format f) noexcept {
  switch (f) {
    case Format::json: return "json";
    case Format::plist: return "plist";
    case Format::tree: return "txt";
    case Format::jsonl: return "jsonl";
    case Format::pcap: return "pcap";
  }
  return "";
}

const char* format_name(Format f) noexcept {
  switch (f) {
    case Format::json: return "json";
    case Format::plist: return "plist";
    case Format::tree: return "tree";
    case Format::jsonl: return "jsonl";
    case Format::pcap: return "pcap";
  }
  return "";
}

// ---- The JSON value API ----------------------------------------------------------------------

namespace {

/// Builds an nlohmann::ordered_json with the JSON report's content.
class ValueSink {
 public:
  explicit ValueSink(nlohmann::ordered_json& root) { stack_.push_back(&root); }
  void begin(std::string_view key) { stack_.push_back(&slot(key, nlohmann::ordered_json::object())); }
  void end() { stack_.pop_back(); }
  void begin_list(std::string_view key) { stack_.push_back(&slot(key, nlohmann::ordered_json::array())); }
  void end_list() { stack_.pop_back(); }
  void uint(std::string_view key, std::uint64_t v) { slot(key, v); }
  void integer(std::string_view key, std::int64_t v) { slot(key, v); }
  void hex(std::string_view key, std::uint64_t v, unsigned n) { char t[kTextMax]; string(key, detail::format_hex(v, n, t)); }
  void boolean(std::string_view key, bool v) { slot(key, v); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned n) {
    char t[kTextMax];
    string(key, detail::format_enum(v, name, hex, n, t));
  }
  void bytes(std::string_view key, Bytes v) {
    fmt::memory_buffer b;
    detail::hex_bytes(b, v);
    string(key, std::string_view(b.data(), b.size()));
  }
  void address(std::string_view key, AddrKind kind, Bytes v) { char t[kTextMax]; string(key, detail::format_address(kind, v, t)); }
  void text(std::string_view key, Bytes v) { string(key, as_text(v)); }
  void string(std::string_view key, std::string_view v) { slot(key, std::string(v)); }
  void decimal(std::string_view key, std::string_view v) { slot(key, nlohmann::ordered_json::parse(v.begin(), v.end())); }
  void null(std::string_view key) { slot(key, nullptr); }

 private:
  /// Stores `v` under `key` in the current map, or appends it to the current list.
  nlohmann::ordered_json& slot(std::string_view key, nlohmann::ordered_json v) {
    nlohmann::ordered_json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return top.back();
    }
    return top[std::string(key)] = std::move(v);
  }
  std::vector<nlohmann::ordered_json*> stack_;
};

}  // namespace

nlohmann::ordered_json Frame::to_json() const {
  nlohmann::ordered_json root = nlohmann::ordered_json::object();
  ValueSink sink(root);
  detail::walk_frame(*this, sink, detail::Shape::report);
  return root;
}

nlohmann::ordered_json Layer::to_json() const {
  nlohmann::ordered_json root = nlohmann::ordered_json::object();
  ValueSink sink(root);
  detail::walk_layers(*frame_, sink, index_);
  return root;
}

}  // namespace jspcap
