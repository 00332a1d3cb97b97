// Exceptions thrown at the API boundary. The packet path never throws: it returns status values.
#pragma once

#include <stdexcept>
#include <string>

namespace jspcap {

/// Base of every exception the library throws. what() names the file, record or offset and numbers.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The input file does not exist.
class FileNotFound : public Error { using Error::Error; };
/// The file exists but is not a capture we can read, or is damaged (bad magic, truncated header,
/// record length past the snap length, file cut short in a record…).
class FileError : public Error { using Error::Error; };
/// The output cannot be created or written.
class FileExists : public Error { using Error::Error; };
/// No output format could be determined, or an unknown one was named.
class FormatError : public Error { using Error::Error; };
/// `frame[protocol]` for a protocol the frame does not contain.
class ProtocolNotFound : public Error { using Error::Error; };
/// A typed view asked of a layer that could not be decoded (truncated or malformed header).
class ProtocolError : public Error { using Error::Error; };
/// A protocol name that no spec defines (for -P, contains(), operator[]).
class ProtocolUnbound : public Error { using Error::Error; };
/// An unknown layer name (for -L).
class LayerError : public Error { using Error::Error; };
/// A decode-as override that cannot be used (unknown table or protocol, bad value, bad file).
class DecodeAsError : public Error { using Error::Error; };
/// An engine other than the native one was asked for.
class EngineError : public Error { using Error::Error; };
/// An API call that does not apply in this configuration (e.g. frames() without store).
class UnsupportedCall : public Error { using Error::Error; };

}  // namespace jspcap
