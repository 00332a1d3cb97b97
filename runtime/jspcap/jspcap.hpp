// jspcap: streaming pcap/pcapng dissection from YAML protocol specs. The umbrella header.
#pragma once

#include "jspcap/bytes.hpp"
#include "jspcap/decode_as.hpp"
#include "jspcap/error.hpp"
#include "jspcap/extract.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/reassembly.hpp"
#include "jspcap/specs.hpp"
#include "jspcap/report.hpp"
#include "jspcap/stream.hpp"
#include "jspcap/trace.hpp"
#include "jspcap/version.hpp"
#include "jspcap/generated/dispatch.hpp"
