#pragma once
// Reading API responses that are not a single model: arrays of models, and the few
// REST-only entities (gateway info, bans, webhooks, commands). Malformed JSON throws
// JsonError/ParseError like the model readers.

#include <hikari/model/entity_factory.hpp>
#include <hikari/rest/gateway_bot_info.hpp>
#include <hikari/rest/rest_entities.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::rest {

/// The raw JSON text of each element of a top-level array. Throws ParseError if `json` is
/// not an array.
class JsonArray {
  public:
    explicit JsonArray(std::string_view json);
    JsonArray(const JsonArray&) = delete;
    JsonArray& operator=(const JsonArray&) = delete;
    ~JsonArray() = default;

    /// Views into a padded copy, valid while this object lives; each may be passed to
    /// from_padded_json.
    [[nodiscard]] const std::vector<std::string_view>& elements() const noexcept {
        return elements_;
    }

  private:
    std::unique_ptr<char[]> buffer_;
    std::vector<std::string_view> elements_;
};

template <class T>
std::vector<T> parse_list(std::string_view json) {
    JsonArray array(json);
    std::vector<T> out;
    out.reserve(array.elements().size());
    for (const auto element : array.elements()) out.push_back(from_padded_json<T>(element));
    return out;
}

[[nodiscard]] std::string parse_gateway_url(std::string_view json);
[[nodiscard]] GatewayBotInfo parse_gateway_bot(std::string_view json);
[[nodiscard]] GuildBan parse_ban(std::string_view json);
[[nodiscard]] Webhook parse_webhook(std::string_view json);
[[nodiscard]] ApplicationCommand parse_command(std::string_view json);

template <>
inline std::vector<GuildBan> parse_list<GuildBan>(std::string_view json) {
    JsonArray array(json);
    std::vector<GuildBan> out;
    for (const auto element : array.elements()) out.push_back(parse_ban(element));
    return out;
}
template <>
inline std::vector<Webhook> parse_list<Webhook>(std::string_view json) {
    JsonArray array(json);
    std::vector<Webhook> out;
    for (const auto element : array.elements()) out.push_back(parse_webhook(element));
    return out;
}
template <>
inline std::vector<ApplicationCommand> parse_list<ApplicationCommand>(std::string_view json) {
    JsonArray array(json);
    std::vector<ApplicationCommand> out;
    for (const auto element : array.elements()) out.push_back(parse_command(element));
    return out;
}

}  // namespace hikari::rest
