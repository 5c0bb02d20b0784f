#pragma once
// The root of hikari's error hierarchy, kept tiny so that every header may include it.
// The full hierarchy (HTTP, gateway, ...) lives in hikari/core/errors.hpp.

#include <stdexcept>
#include <string>

namespace hikari {

/// Base of every error hikari raises.
class HikariError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// An argument or value is out of range or otherwise not acceptable.
class ValueError : public HikariError {
  public:
    using HikariError::HikariError;
};

/// Text (a snowflake, a colour, a timestamp, an intent name, JSON...) could not be parsed.
class ParseError : public ValueError {
  public:
    using ValueError::ValueError;
};

}  // namespace hikari
