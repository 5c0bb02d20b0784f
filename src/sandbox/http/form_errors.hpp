#pragma once
// Collects field errors and raises Discord's 50035 "Invalid Form Body" with an errors tree
// ({"field": {"0": {"sub": {"_errors": [{"code", "message"}]}}}}).

#include "sandbox/http/api_error.hpp"

#include <hikari/core/snowflake.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

class FormErrors {
  public:
    /// path is dot-separated: "embeds.0.title".
    void add(std::string_view path, std::string code, std::string message);
    [[nodiscard]] bool empty() const noexcept { return tree_.empty(); }
    /// Throws ApiError 50035 when any error was added.
    void raise_if_any() const;

    // Field checks on a JSON object; each records an error and returns nullopt on failure.
    // A missing optional field returns nullopt without an error.
    std::optional<std::string> string(const boost::json::object& body, std::string_view key,
                                      std::size_t min_length, std::size_t max_length, bool required,
                                      std::string_view path_prefix = {});
    std::optional<std::int64_t> integer(const boost::json::object& body, std::string_view key,
                                        std::int64_t min, std::int64_t max, bool required,
                                        std::string_view path_prefix = {});
    std::optional<bool> boolean(const boost::json::object& body, std::string_view key,
                                std::string_view path_prefix = {});
    std::optional<Snowflake> snowflake(const boost::json::object& body, std::string_view key,
                                       bool required, std::string_view path_prefix = {});

  private:
    boost::json::object tree_;
};

/// A single-field 50035, for the common case.
[[noreturn]] void raise_field_error(std::string_view path, std::string code, std::string message);

}  // namespace hikari::sandbox
