#pragma once
// A compact JSON writer: no whitespace, commas placed automatically.

#include <cstdint>
#include <string>
#include <string_view>

namespace hikari {

/// Appends JSON tokens to a string. Commas between members and elements are
/// inserted automatically; the caller is responsible for balancing
/// begin_/end_ calls and for calling key() before each object member.
/// Strings are written as UTF-8 with only '"', '\\' and control characters escaped;
/// a string that is not valid UTF-8 throws ValueError (and writes nothing).
class JsonWriter {
  public:
    JsonWriter() = default;
    explicit JsonWriter(std::size_t reserve) { out_.reserve(reserve); }

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view text);
    JsonWriter& number(std::int64_t value);
    JsonWriter& number(std::uint64_t value);
    /// Shortest text that reads back to the same double. Throws ValueError on NaN/infinity.
    JsonWriter& number(double value);
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    /// Inserts already-serialised JSON as one value, unchecked.
    JsonWriter& raw(std::string_view json);

    [[nodiscard]] const std::string& str() const& noexcept { return out_; }
    [[nodiscard]] std::string str() && noexcept { return std::move(out_); }

  private:
    void separate();

    std::string out_;
};

}  // namespace hikari
