#pragma once
// One request being handled: its path parameters, its body (JSON or multipart) and helpers
// that turn bad input into Discord's errors.

#include "sandbox/http/context.hpp"
#include "sandbox/http/multipart.hpp"
#include "sandbox/http/request.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::sandbox {

class Call {
  public:
    Call(const Request& request, std::map<std::string, std::string> params, ApiContext& context)
        : request_(request), params_(std::move(params)), context_(context) {}

    [[nodiscard]] const Request& request() const { return request_; }
    [[nodiscard]] ApiContext& context() { return context_; }
    [[nodiscard]] World& world() { return context_.world(); }

    [[nodiscard]] const std::string& param(const std::string& name) const;
    /// A path parameter as a snowflake; 50035 naming the parameter when it is not one.
    [[nodiscard]] Snowflake id(const std::string& name) const;

    /// The JSON body (or multipart payload_json); {} when empty. 50109 on invalid JSON,
    /// 50035 when it is not an object or the multipart body is malformed.
    [[nodiscard]] const boost::json::object& body();
    /// File parts of a multipart body ("files[n]"), in order of appearance.
    [[nodiscard]] const std::vector<MultipartPart>& files();

    [[nodiscard]] std::optional<std::string> query(const std::string& name) const;
    /// Every value of a repeated query parameter, in order.
    [[nodiscard]] std::vector<std::string> query_all(const std::string& name) const;
    /// Integer query parameter within [min, max]; 50035 otherwise.
    [[nodiscard]] std::int64_t query_int(const std::string& name, std::int64_t min,
                                         std::int64_t max, std::int64_t fallback) const;
    [[nodiscard]] std::optional<Snowflake> query_id(const std::string& name) const;
    [[nodiscard]] bool query_bool(const std::string& name) const;

    /// Emits a dispatch (guild dispatches carry guild_id in their data, as Discord's do).
    void emit(std::string_view event, boost::json::object data, std::optional<Snowflake> guild_id,
              std::uint32_t required_intents) {
        context_.emit(event, std::move(data), guild_id, required_intents);
    }

  private:
    void parse_body();

    const Request& request_;
    std::map<std::string, std::string> params_;
    ApiContext& context_;
    bool parsed_ = false;
    boost::json::object body_;
    std::vector<MultipartPart> files_;
};

/// Every part of a multipart/form-data body, for routes whose form is not payload_json plus
/// files[n] (stickers, application attachments). 50035 when the body is not multipart or is
/// malformed.
[[nodiscard]] std::vector<MultipartPart> multipart_form(const Call& call);

}  // namespace hikari::sandbox
