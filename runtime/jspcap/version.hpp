#pragma once

namespace jspcap {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace jspcap
