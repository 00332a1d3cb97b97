#include "tshark.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "jspcap/error.hpp"

extern char** environ;

namespace jspcap::detail {
namespace fs = std::filesystem;
namespace {

using Json = nlohmann::ordered_json;

/// tshark's expert severity "Error" (PI_ERROR).
constexpr std::string_view kExpertError = "8388608";

std::uint64_t to_number(const Json& v) {
  if (!v.is_string()) return 0;
  const auto& s = v.get_ref<const std::string&>();
  std::uint64_t n = 0;
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

/// Builds each packet of tshark's -T json output ([{"_source": {"layers": {…}}}, …]) from the
/// SAX events and hands it on when its object closes, so one packet is held at a time.
///
/// tshark writes a repeated field as the same key again (http.request.line, a second "ip" layer
/// in a tunnel); an object keeps one value per key, so a repeated key's values become a list in
/// its first place. The layers keep their order and repeats: they are nested in that order.
class PacketBuilder final : public nlohmann::json_sax<Json> {
 public:
  explicit PacketBuilder(const std::function<void(TsharkPacket&)>& on_packet) : on_packet_(on_packet) {}

  bool null() override { return add(Json(nullptr)); }
  bool boolean(bool v) override { return add(Json(v)); }
  bool number_integer(number_integer_t v) override { return add(Json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return add(Json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return add(Json(v)); }
  bool string(string_t& v) override { return add(Json(std::move(v))); }
  bool binary(binary_t& v) override { return add(Json::binary(std::move(v))); }
  bool key(string_t& k) override {
    stack_.back().key = std::move(k);
    return true;
  }
  bool start_object(std::size_t) override { return open(Json::object()); }
  bool start_array(std::size_t) override {
    if (!in_list_ && stack_.empty()) return in_list_ = true;  // the list of packets
    return open(Json::array());
  }
  bool end_object() override { return close(); }
  bool end_array() override {
    if (stack_.empty()) return true;  // the end of the packet list
    return close();
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    error_ = fmt::format("byte {}: {}", position, e.what());
    return false;
  }
  const std::string& error() const noexcept { return error_; }

 private:
  struct Level {
    Json value;
    std::string name;                 ///< the key this container is stored under
    std::string key;                  ///< the key of the member being read
    std::vector<std::string> merged;  ///< keys whose repeated values were made a list
    bool layers = false;              ///< _source.layers: members go to layers_, in order
  };

  bool open(Json value) {
    Level level{std::move(value), stack_.empty() ? std::string() : stack_.back().key, {}, {}, false};
    // The packet is level 0, "_source" level 1, "layers" level 2.
    level.layers = stack_.size() == 2 && level.name == "layers" && stack_[1].name == "_source";
    stack_.push_back(std::move(level));
    return true;
  }

  bool close() {
    Level done = std::move(stack_.back());
    stack_.pop_back();
    if (done.name == "_ws.expert" && error_text_.empty()) {
      // The first expert item of severity Error is the frame's error.
      const auto severity = done.value.find("_ws.expert.severity");
      const auto message = done.value.find("_ws.expert.message");
      if (severity != done.value.end() && message != done.value.end() && severity->is_string() &&
          message->is_string() && severity->get_ref<const std::string&>() == kExpertError)
        error_text_ = message->get_ref<const std::string&>();
    }
    if (stack_.empty()) return packet();
    if (done.layers) return true;
    return add(std::move(done.value));
  }

  bool add(Json v) {
    if (stack_.empty()) return true;  // not a packet: ignored
    Level& top = stack_.back();
    if (top.key == "_ws.malformed" && v.is_string()) malformed_ = true;
    if (top.layers) {
      layers_.emplace_back(std::move(top.key), std::move(v));
      return true;
    }
    if (top.value.is_array()) {
      top.value.push_back(std::move(v));
      return true;
    }
    auto it = top.value.find(top.key);
    if (it == top.value.end()) {
      top.value.emplace(std::move(top.key), std::move(v));
      return true;
    }
    if (std::find(top.merged.begin(), top.merged.end(), top.key) == top.merged.end()) {
      top.merged.push_back(top.key);
      *it = Json::array({std::move(*it)});
    }
    it->push_back(std::move(v));
    return true;
  }

  /// A packet is complete: the frame layer gives the numbers and the chain; the layers the chain
  /// names nest in its order. What it does not name stays a member of the layer before: tshark's
  /// pseudo-layers (pkt_comment, _ws.malformed, _ws.short) and, as a list with it, a second PDU
  /// of the same protocol in one frame (two HTTP requests: "http": [{…}, {…}]).
  bool packet() {
    TsharkPacket p;
    for (auto& [name, value] : layers_) {
      if (name != "frame" || !value.is_object()) continue;
      p.number = to_number(value.value("frame.number", Json()));
      p.len = to_number(value.value("frame.len", Json()));
      p.cap_len = to_number(value.value("frame.cap_len", Json()));
      p.tree.protocols = value.value("frame.protocols", std::string());
    }
    std::vector<std::string_view> chain;
    for (std::string_view rest = p.tree.protocols; !rest.empty();) {
      const std::size_t colon = rest.find(':');
      chain.push_back(rest.substr(0, colon));
      rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    }
    std::size_t cursor = 0;                  // chain[cursor…] not yet nested
    Json* current = &p.tree.layers;          // the innermost layer; its parents are never added to
    Json* parent = nullptr;
    std::string current_name;
    for (auto& [name, value] : layers_) {
      if (name == "frame") continue;
      const auto in_chain = std::find(chain.begin() + static_cast<std::ptrdiff_t>(cursor), chain.end(), name);
      if (value.is_object() && (chain.empty() || in_chain != chain.end())) {
        std::string key = name;
        while (current->contains(key)) key += '_';  // a field named as the layer: not overwritten
        parent = current;
        current = &((*current)[key] = std::move(value));
        current_name = std::move(key);
        if (in_chain != chain.end()) cursor = static_cast<std::size_t>(in_chain - chain.begin()) + 1;
        continue;
      }
      if (value.is_object() && parent && name == current_name) {
        // Another PDU of the layer just opened: the two become a list, later layers go in the second.
        Json& slot = (*parent)[current_name];
        if (!slot.is_array()) slot = Json::array({std::move(slot)});
        slot.push_back(std::move(value));
        current = &slot.back();
        continue;
      }
      std::string key = std::move(name);
      while (current->contains(key)) key += '_';
      (*current)[key] = std::move(value);
    }
    p.tree.error = !error_text_.empty() ? std::move(error_text_) : malformed_ ? "Malformed Packet" : "";
    layers_.clear();
    error_text_.clear();
    malformed_ = false;
    on_packet_(p);
    return true;
  }

  const std::function<void(TsharkPacket&)>& on_packet_;
  bool in_list_ = false;
  std::vector<Level> stack_;
  std::vector<std::pair<std::string, Json>> layers_;
  std::string error_text_;
  bool malformed_ = false;
  std::string error_;
};

}  // namespace

fs::path Tshark::find() {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "/usr/bin:/bin";  // execvp's default
  while (true) {
    const std::size_t colon = dirs.find(':');
    const std::string_view dir = dirs.substr(0, colon);
    const fs::path candidate = fs::path(dir.empty() ? "." : std::string(dir)) / "tshark";
    struct stat st;
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    if (colon == std::string_view::npos) return {};
    dirs.remove_prefix(colon + 1);
  }
}

Tshark::Tshark(const fs::path& input, const std::vector<std::string>& extra) {
  const fs::path exe = find();
  if (exe.empty()) throw EngineError("engine 'tshark' needs tshark: apt-get install tshark");
  err_ = std::tmpfile();
  if (!err_) throw FileError(fmt::format("engine 'tshark': cannot create a temporary file: {}", std::strerror(errno)));
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw FileError(fmt::format("engine 'tshark': pipe: {}", std::strerror(errno)));

  std::vector<std::string> args = {"tshark", "-n", "-r", input.string(), "-T", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_adddup2(&actions, ::fileno(err_), 2);
  const int rc = ::posix_spawn(&pid_, exe.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    pid_ = -1;
    throw FileError(fmt::format("engine 'tshark': cannot run {}: {}", exe.string(), std::strerror(rc)));
  }
  out_ = ::fdopen(fds[0], "r");
  if (!out_) {
    ::close(fds[0]);
    throw FileError(fmt::format("engine 'tshark': fdopen: {}", std::strerror(errno)));
  }
}

Tshark::~Tshark() {
  if (out_) std::fclose(out_);
  if (pid_ > 0) {
    // Stopped early (an error on our side): tshark is not waited for to finish its output.
    ::kill(pid_, SIGTERM);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {}
  }
  if (err_) std::fclose(err_);
}

bool Tshark::read(const std::function<void(TsharkPacket&)>& on_packet) {
  PacketBuilder builder(on_packet);
  const bool ok = Json::sax_parse(out_, &builder);
  if (!ok) parse_error_ = builder.error();
  return ok;
}

TsharkExit Tshark::wait() {
  if (out_) {
    std::fclose(out_);  // tshark still writing (after a parse error) gets EPIPE and ends
    out_ = nullptr;
  }
  TsharkExit e;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) { status = -1; break; }
  }
  pid_ = -1;
  if (status != -1 && WIFEXITED(status)) {
    e.ok = WEXITSTATUS(status) == 0;
    e.status = fmt::format("exit status {}", WEXITSTATUS(status));
  } else if (status != -1 && WIFSIGNALED(status)) {
    e.status = fmt::format("killed by signal {}", WTERMSIG(status));
  } else {
    e.status = "status unknown";
  }
  // Its stderr on one line, without the notice every run as root prints; the first lines only
  // (a bad -d makes it list every decode-as table).
  constexpr int kLines = 3;
  std::rewind(err_);
  char line[1024];
  int lines = 0;
  while (std::fgets(line, sizeof line, err_)) {
    std::string_view l(line);
    while (!l.empty() && (l.back() == '\n' || l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
    if (l.empty() || l.find("This could be dangerous") != std::string_view::npos) continue;
    if (l.starts_with("tshark: ")) l.remove_prefix(8);
    if (++lines > kLines) {
      e.message += " …";
      break;
    }
    if (!e.message.empty()) e.message += ' ';
    e.message += l;
  }
  return e;
}

}  // namespace jspcap::detail
