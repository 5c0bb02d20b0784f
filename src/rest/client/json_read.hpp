#pragma once
// Reading API responses that are not a single model: arrays of models, and the few
// REST-only entities (gateway info, bans, webhooks, commands). Malformed JSON throws
// JsonError/ParseError like the model readers.

#include <hikari/model/entity_factory.hpp>
#include <hikari/rest/gateway_bot_info.hpp>
#include <hikari/rest/guild_event_options.hpp>
#include <hikari/rest/rest_entities.hpp>

#include <memory>
#include <optional>
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

/// Every element of a JSON array, each read by `parse` from its (padded) text.
template <class T, class Parse>
std::vector<T> parse_each(std::string_view json, Parse&& parse) {
    JsonArray array(json);
    std::vector<T> out;
    out.reserve(array.elements().size());
    for (const auto element : array.elements()) out.push_back(parse(element));
    return out;
}

template <class T>
std::vector<T> parse_list(std::string_view json) {
    return parse_each<T>(json,
                         [](std::string_view element) { return from_padded_json<T>(element); });
}

[[nodiscard]] std::string parse_gateway_url(std::string_view json);
[[nodiscard]] GatewayBotInfo parse_gateway_bot(std::string_view json);
[[nodiscard]] GuildBan parse_ban(std::string_view json);
[[nodiscard]] Webhook parse_webhook(std::string_view json);
[[nodiscard]] ApplicationCommand parse_command(std::string_view json);
/// {"pruned": n | null}.
[[nodiscard]] std::optional<int> parse_prune_result(std::string_view json);
/// {"banned_users": [ids], "failed_users": [ids]}.
[[nodiscard]] BulkBanResult parse_bulk_ban(std::string_view json);
/// {"code": string | null, "uses": n}.
[[nodiscard]] VanityUrl parse_vanity_url(std::string_view json);
/// {"role id": count, ...}.
[[nodiscard]] RoleMemberCounts parse_role_member_counts(std::string_view json);
/// {"guild_scheduled_event_count": n, "guild_scheduled_event_exception_counts": {id: n}}.
[[nodiscard]] ScheduledEventUserCounts parse_scheduled_event_user_counts(std::string_view json);
/// {"pinned_at": ISO8601, "message": {...}}.
[[nodiscard]] MessagePin parse_message_pin(std::string_view json);

// Entities with checks beyond the model's own reader.
template <>
inline std::vector<GuildBan> parse_list<GuildBan>(std::string_view json) {
    return parse_each<GuildBan>(json, parse_ban);
}
template <>
inline std::vector<Webhook> parse_list<Webhook>(std::string_view json) {
    return parse_each<Webhook>(json, parse_webhook);
}
template <>
inline std::vector<ApplicationCommand> parse_list<ApplicationCommand>(std::string_view json) {
    return parse_each<ApplicationCommand>(json, parse_command);
}

}  // namespace hikari::rest
