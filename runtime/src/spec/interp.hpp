// The run-time interpreter of one spec (spec/interp.cpp): make_interpreted() is declared in
// spec/resolve.hpp. This header adds what a Resolver may offer besides.
#pragma once

#include <string_view>

#include "spec/model.hpp"

namespace jspcap::spec {

/// Optionally implemented by a Resolver next to the Resolver interface: the model of another
/// protocol, so that a `fragment:` or `stream:` scope's fields are reported and packed with their
/// own kind and format. Without it, a scope field's kind is inferred from its size (4, 6 or 16
/// bytes: an address; else an integer shown as a plain number).
class ModelSource {
 public:
  /// The protocol called `name` (display name, any case), or nullptr.
  virtual const Protocol* model(std::string_view name) const = 0;

 protected:
  ~ModelSource() = default;
};

}  // namespace jspcap::spec
