#pragma once
// Responses that wrap their lists in an object ({"threads": [...], "has_more": true},
// {"items": [...]}): the raw JSON text of each top-level field, to hand to the readers.

#include <hikari/core/snowflake.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::rest {

class JsonFields {
  public:
    /// Throws ParseError if `json` is not an object.
    explicit JsonFields(std::string_view json);

    /// The field's JSON text; throws ParseError naming it when absent.
    [[nodiscard]] const std::string& at(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const {
        return fields_.find(key) != fields_.end();
    }
    /// True when the field is the literal true.
    [[nodiscard]] bool flag(std::string_view key) const;
    /// An integer field; ParseError naming it when absent or not an integer.
    [[nodiscard]] std::int64_t integer(std::string_view key) const;
    /// A string field, unescaped; ParseError when absent or not a string.
    [[nodiscard]] const std::string& string(std::string_view key) const;
    /// A snowflake (string) field; nullopt when absent or null.
    [[nodiscard]] std::optional<Snowflake> id(std::string_view key) const;

  private:
    std::map<std::string, std::string, std::less<>> fields_;
    std::map<std::string, std::string, std::less<>> strings_;
};

/// Standard base64 with padding (the body of hikari::data_uri).
[[nodiscard]] std::string base64(std::string_view bytes);

}  // namespace hikari::rest
