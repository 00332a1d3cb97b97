// Decode-as: bind a protocol to a dispatch-table key at run time, without editing a spec — a
// protocol on a non-standard port, VXLAN on a private UDP port, HTTP on 8888. The same idea and
// spelling as tshark's `-d udp.port==4789,vxlan`. An override wins over the specs' `binds:`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// `protocol` for keys first..last of `table`.
struct DecodeAs {
  TableId table{};
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  ProtocolId protocol = ProtocolId::none;
  /// Where it was given ("--decode-as", "FILE:LINE"), for messages.
  std::string origin;

  friend bool operator==(const DecodeAs& a, const DecodeAs& b) noexcept {
    return a.table == b.table && a.first == b.first && a.last == b.last && a.protocol == b.protocol;
  }
};

/// Parses tshark's form `TABLE==VALUE,PROTOCOL`. TABLE is a dispatch table by its name
/// (`udp_port`) or tshark's (`udp.port`: dots for underscores); VALUE is a number (decimal or
/// 0x hex) or a range `A-B`; PROTOCOL a protocol's name or alias, any case. Throws DecodeAsError
/// naming what is wrong and what is known.
DecodeAs parse_decode_as(std::string_view text, std::string_view origin = "--decode-as");

/// Reads a YAML file of overrides:
///
///     decode_as:
///       - udp.port==4789,vxlan                      # tshark's form
///       - {table: tcp.port, value: 8888, protocol: http}
///       - {table: tcp_port, value: [8000, 8080], protocol: http}
///       - {table: udp.port, range: [4789, 4790], protocol: vxlan}
///
/// Errors name the file and line (DecodeAsError; FileError when it cannot be read).
std::vector<DecodeAs> load_decode_as(const std::filesystem::path& file);

/// The overrides every dissection in this process uses, replacing the previous set (an empty
/// vector removes them). Later entries win over earlier ones. Not to be called while another
/// thread is dissecting.
void set_decode_as(std::vector<DecodeAs> overrides);
/// The overrides in force.
const std::vector<DecodeAs>& decode_as() noexcept;

/// Installs overrides for a scope (extract() uses it) and restores the previous set after.
class ScopedDecodeAs {
 public:
  explicit ScopedDecodeAs(std::vector<DecodeAs> overrides);
  ~ScopedDecodeAs();
  ScopedDecodeAs(const ScopedDecodeAs&) = delete;
  ScopedDecodeAs& operator=(const ScopedDecodeAs&) = delete;

 private:
  std::vector<DecodeAs> previous_;
  bool active_;
};

/// A table by its name or tshark's; nullopt when unknown.
std::optional<TableId> find_table(std::string_view name) noexcept;

}  // namespace jspcap
