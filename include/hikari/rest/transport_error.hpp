#pragma once
// Failures below HTTP: the server could not be reached or the connection broke before a
// complete response arrived. The REST client retries these with backoff before giving up.

#include <hikari/core/errors.hpp>

#include <string>

namespace hikari {

/// DNS, TCP, TLS (certificate verification included), proxy or read/write failure.
class HTTPTransportError : public HTTPError {
  public:
    using HTTPError::HTTPError;
};

/// A connect, read or total timeout of HTTPSettings expired.
class HTTPTimeoutError : public HTTPTransportError {
  public:
    using HTTPTransportError::HTTPTransportError;
};

}  // namespace hikari
