#pragma once
// The error raised when JSON text cannot be read into a model.

#include <hikari/core/errors_base.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace hikari {

/// Malformed JSON or JSON that does not match a model. what() reads
/// "<path>: <reason>", e.g. "embeds[2].fields[0].name: expected a string";
/// the path is empty for errors at the top level.
class JsonError : public ParseError {
  public:
    JsonError(std::string path, std::string reason);

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

    /// The same error seen from the enclosing object (key) or array (index).
    [[nodiscard]] JsonError within_key(std::string_view key) const;
    [[nodiscard]] JsonError within_index(std::size_t index) const;

  private:
    std::string path_;
    std::string reason_;
};

}  // namespace hikari
