#include "jspcap/layer.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace jspcap {

const char* status_name(Status s) noexcept {
  switch (s) {
    case Status::ok: return "ok";
    case Status::truncated: return "truncated";
    case Status::malformed: return "malformed";
    case Status::length_exceeds_parent: return "length_exceeds_parent";
    case Status::unsupported: return "unsupported";
  }
  return "unknown";
}

namespace {

// One place for every message, written through `emit` (fmt::format or fmt::format_to_n).
template <class Emit>
auto describe_with(const Issue& i, Emit emit) {
  const char* f = i.field ? i.field : "?";
  switch (i.reason) {
    case Reason::none: return emit("{}", status_name(i.status));
    case Reason::short_header:
      if (i.status == Status::truncated)
        return emit("truncated: header needs {} bytes, {} captured", i.limit, i.value);
      return emit("malformed: header needs {} bytes, the parent carries {}", i.limit, i.value);
    case Reason::bad_value: return emit("malformed: field '{}' is {}, expected {}", f, i.value, i.limit);
    case Reason::below_min: return emit("malformed: field '{}' is {}, below the minimum {}", f, i.value, i.limit);
    case Reason::above_max: return emit("malformed: field '{}' is {}, above the maximum {}", f, i.value, i.limit);
    case Reason::not_allowed: return emit("malformed: field '{}' is {}, not an allowed value", f, i.value);
    case Reason::negative_size: return emit("malformed: field '{}' has a negative size ({})", f, i.value);
    case Reason::header_exceeds_total:
      return emit("malformed: header length {} exceeds the total length {}", i.value, i.limit);
    case Reason::fields_exceed_header:
      return emit("malformed: the fields end at byte {}, past the header length {}", i.value, i.limit);
    case Reason::total_exceeds_parent:
      return emit("length_exceeds_parent: total length {} exceeds the {} bytes of its parent", i.value, i.limit);
    case Reason::no_dissector: return emit("unsupported: no dissector for {} {:#x}", f, i.value);
    case Reason::depth_exhausted: return emit("unsupported: more than {} layers", i.limit);
    case Reason::stopped: return emit("stopped: dissection stopped before this layer on request");
  }
  return emit("{}", status_name(i.status));
}

}  // namespace

std::string describe(const Issue& issue) {
  return describe_with(issue, [](const char* format, const auto&... args) {
    return fmt::format(fmt::runtime(format), args...);
  });
}

std::size_t describe(const Issue& issue, char* out, std::size_t n) noexcept {
  try {
    return describe_with(issue, [&](const char* format, const auto&... args) {
      return std::min(n, fmt::format_to_n(out, n, fmt::runtime(format), args...).size);
    });
  } catch (...) {
    return 0;
  }
}

}  // namespace jspcap
