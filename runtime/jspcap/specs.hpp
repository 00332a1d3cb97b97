// Protocol specs loaded at run time: the same YAML files the generator compiles in, read with
// yaml-cpp and dissected by an interpreter of the same spec language, without rebuilding. A
// loaded spec plugs in where its `binds:` say (compiled tables included, and compiled protocols
// follow it); one named like a compiled protocol replaces that protocol, with a notice. Loading
// is for the whole process, like decode-as: not while another thread is dissecting.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "jspcap/error.hpp"

namespace jspcap {

/// A spec that cannot be used: what() holds every problem, one per line, as the generator prints
/// them ("specs/vxlan.yaml:7: field 'vni': unknown type 'u25' (known: …)"). Nothing is loaded.
class SpecLoadError : public Error {
 public:
  SpecLoadError(std::string what, std::vector<std::string> lines) : Error(std::move(what)), lines_(std::move(lines)) {}
  const std::vector<std::string>& lines() const noexcept { return lines_; }

 private:
  std::vector<std::string> lines_;
};

/// Loads protocol specs: each path is a spec file or a folder of them (its *.yaml; shared enum
/// tables in a `tables/` folder next to the specs). They are linted together, as the generator
/// does, against what is compiled in. Returns notices, one per replaced compiled protocol
/// ("specs/http.yaml: HTTP replaces the compiled protocol of the same name"). A file already
/// loaded is not loaded again. Throws SpecLoadError (lint), FileNotFound.
std::vector<std::string> load_specs(const std::vector<std::filesystem::path>& paths);

/// The folders searched for specs by load_spec_path(): each of JSPCAP_SPEC_PATH (':'-separated),
/// then the user folder, $XDG_CONFIG_HOME/jspcap/specs or ~/.config/jspcap/specs. Only those
/// that exist are returned.
std::vector<std::filesystem::path> spec_search_path();
/// load_specs(spec_search_path()).
std::vector<std::string> load_spec_path();

/// The generator's `--lint` of a whole specs folder (DIR/*.yaml, DIR/tables/*.yaml), by the
/// run-time loader: every problem, one line each; empty when the folder is clean.
std::vector<std::string> lint_specs(const std::filesystem::path& dir);

/// What has been loaded at run time: "NAME (FILE)" per protocol, in load order.
std::vector<std::string> loaded_specs();

}  // namespace jspcap
