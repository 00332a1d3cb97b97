// The tshark engine's source (-E tshark): tshark run on a capture, its JSON output parsed as it
// streams, one packet at a time, into the FrameTree the report writers take.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "jspcap/report.hpp"

namespace jspcap::detail {

/// One packet as tshark dissected it.
struct TsharkPacket {
  std::uint64_t number = 0;    ///< frame.number
  std::uint64_t len = 0;       ///< frame.len (on the wire)
  std::uint64_t cap_len = 0;   ///< frame.cap_len
  FrameTree tree;              ///< frame.protocols, the first error, the layers after "frame"
};

/// How tshark ended.
struct TsharkExit {
  bool ok = false;       ///< exited with status 0
  std::string status;    ///< "exit status 2", "killed by signal 9"
  std::string message;   ///< what it wrote on stderr, one line (its "Running as root" notice left out)
};

/// A running `tshark -n -r INPUT -T json [extra…]`. Stopped (SIGTERM) when destroyed early.
class Tshark {
 public:
  /// The tshark on PATH, or empty.
  static std::filesystem::path find();
  /// Starts tshark; throws EngineError when it is not on PATH, FileError when it cannot start.
  Tshark(const std::filesystem::path& input, const std::vector<std::string>& extra);
  ~Tshark();
  Tshark(const Tshark&) = delete;
  Tshark& operator=(const Tshark&) = delete;

  /// Reads tshark's output to its end, calling `on_packet` for each packet as soon as it is
  /// complete (nothing else is kept). Returns false when the output is not well-formed JSON
  /// (tshark stopped in the middle: see wait()); exceptions from `on_packet` pass through.
  bool read(const std::function<void(TsharkPacket&)>& on_packet);
  /// Why read() returned false.
  const std::string& parse_error() const noexcept { return parse_error_; }
  /// Waits for tshark to end.
  TsharkExit wait();

 private:
  pid_t pid_ = -1;
  std::FILE* out_ = nullptr;   ///< tshark's stdout
  std::FILE* err_ = nullptr;   ///< a temporary file holding its stderr
  std::string parse_error_;
};

}  // namespace jspcap::detail
