#pragma once
// Errors the emulated API answers with, in Discord's shape {"message", "code", "errors"?}.
// Route handlers throw them; the API turns them into responses.

#include <hikari/core/errors_base.hpp>

#include <boost/json/object.hpp>

#include <string>

namespace hikari::sandbox {

class ApiError : public HikariError {
  public:
    ApiError(unsigned status, int code, std::string message, boost::json::object errors = {})
        : HikariError(message),
          status_(status),
          code_(code),
          message_(std::move(message)),
          errors_(std::move(errors)) {}

    [[nodiscard]] unsigned status() const noexcept { return status_; }
    [[nodiscard]] int code() const noexcept { return code_; }
    [[nodiscard]] const std::string& api_message() const noexcept { return message_; }
    [[nodiscard]] const boost::json::object& errors() const noexcept { return errors_; }
    /// The response body.
    [[nodiscard]] boost::json::object body() const;

  private:
    unsigned status_;
    int code_;
    std::string message_;
    boost::json::object errors_;
};

// The errors the routes raise, with Discord's wording.
namespace api_errors {
ApiError unauthorized();
ApiError not_found();
ApiError method_not_allowed();
ApiError unknown_channel();
ApiError unknown_guild();
ApiError unknown_member();
ApiError unknown_message();
ApiError unknown_role();
ApiError unknown_user();
ApiError unknown_emoji();
ApiError unknown_webhook();
ApiError unknown_ban();
ApiError unknown_interaction();
ApiError unknown_command();
ApiError missing_access();
ApiError missing_permissions();
ApiError empty_message();
ApiError non_text_channel();
ApiError invalid_json();
ApiError invalid_webhook_token();
ApiError already_acknowledged();
ApiError bulk_delete_count();
ApiError bulk_delete_too_old();
ApiError max_pins();
}  // namespace api_errors

}  // namespace hikari::sandbox
