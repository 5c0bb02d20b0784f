// Invites: create and list per channel, list per guild, fetch and delete by code, and the
// users an invite is limited to (a CSV of user ids given at creation or by PUT
// /invites/{code}/target-users, read back as CSV, with the job that processed it). They live
// in the world's "invites" store of their guild, keyed by a private id.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

/// Eight characters of base 62 from the id: short and deterministic like Discord's codes.
std::string invite_code(Snowflake id) {
    static constexpr char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uint64_t n = id.value() * 0x9E3779B97F4A7C15ULL;
    std::string code;
    for (int i = 0; i < 8; ++i) {
        code += digits[n % 62];
        n /= 62;
    }
    return code;
}

json::object partial_guild(const json::object& guild) {
    json::object out;
    for (const char* key :
         {"id", "name", "splash", "banner", "description", "icon", "features", "verification_level",
          "vanity_url_code", "nsfw_level", "premium_subscription_count"}) {
        if (const auto* v = guild.if_contains(key)) out[key] = *v;
    }
    return out;
}

bool expired(const json::object& invite) {
    const auto& expires = invite.at("expires_at");
    return expires.is_string() && std::string_view(expires.as_string()) < now_timestamp();
}

/// The stored invite of a code and its guild; 10006 when unknown or expired.
std::pair<Snowflake, json::object*> find_invite(World& world, std::string_view code) {
    for (auto& [guild, store] : world.stores_of("invites")) {
        for (auto& [id, invite] : *store) {
            if (invite.at("code") == json::value(code) && !expired(invite)) {
                return {guild, &invite};
            }
        }
    }
    raise_unknown(10006, "Unknown Invite");
}

/// An invite without the sandbox's private fields.
json::object visible(json::object invite) {
    invite.erase("_target_users");
    invite.erase("_target_users_job");
    return invite;
}

/// An invite as GET /invites/{code} returns it: without the metadata fields.
json::object public_view(const json::object& invite) {
    json::object out = visible(invite);
    for (const char* key : {"uses", "max_uses", "max_age", "temporary", "created_at"}) {
        out.erase(key);
    }
    return out;
}

json::array invites_where(World& world, Snowflake guild, std::optional<json::value> channel) {
    json::array out;
    for (const auto& [id, invite] : world.entities("invites", guild)) {
        if (expired(invite)) continue;
        if (channel && invite.at("channel").at("id") != *channel) continue;
        out.push_back(visible(invite));
    }
    return out;
}

/// The user ids of a target users CSV (one column, an optional "user_id" header), or the
/// per-line complaints Discord lists under target_users_file.
std::pair<std::vector<std::string>, json::array> read_target_users(std::string_view csv) {
    std::vector<std::string> users;
    json::array problems;
    std::size_t line_number = 0;
    while (!csv.empty()) {
        const auto end = csv.find('\n');
        std::string line(csv.substr(0, end));
        csv = end == std::string_view::npos ? std::string_view{} : csv.substr(end + 1);
        ++line_number;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (line.empty() || (line_number == 1 && line == "user_id")) continue;
        if (line.find_first_not_of("0123456789") != std::string::npos) {
            problems.push_back(
                json::value("Line " + std::to_string(line_number) + ": invalid user ID format"));
        } else if (!Snowflake::try_parse(line)) {
            problems.push_back(
                json::value("Line " + std::to_string(line_number) +
                            ": invalid user ID - must be a valid Discord snowflake"));
        } else {
            users.push_back(line);
        }
    }
    return {std::move(users), std::move(problems)};
}

/// The uploaded target users file of a request, if any.
const MultipartPart* target_users_file(Call& call) {
    for (const auto& part : call.files()) {
        if (part.name == "target_users_file") return &part;
    }
    return nullptr;
}

/// Stores the users and a completed job (the sandbox processes the file at once).
void set_target_users(json::object& invite, const std::vector<std::string>& users) {
    json::array list;
    for (const auto& u : users) list.push_back(json::value(u));
    const std::string now = now_timestamp();
    invite["_target_users"] = std::move(list);  // kept out of every answer
    invite["_target_users_job"] = json::object{
        {"status", 2},       {"total_users", users.size()}, {"processed_users", users.size()},
        {"created_at", now}, {"completed_at", now},         {"error_message", nullptr}};
}

/// The inviter, or whoever may manage the guild (or, to read, view its audit log).
void check_invite_access(Call& call, Snowflake guild, const json::object& invite, bool read) {
    World& world = call.world();
    if (invite.contains("inviter") &&
        invite.at("inviter").at("id") == json::value(world.bot_id().to_string())) {
        return;
    }
    const auto bits = guild_permissions(world, guild, world.bot_id());
    if ((bits & permission_bits::manage_guild) != 0) return;
    if (read && (bits & (1ULL << 7)) != 0) return;  // VIEW_AUDIT_LOG
    throw api_errors::missing_permissions();
}

}  // namespace

void add_invite_routes(Router& router) {
    router.add("POST", "/channels/{channel_id}/invites", "invites", [](Call& call) {
        const json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        const int type = channel_type(channel);
        if (!guild || type == 4 || is_thread(channel)) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        World& world = call.world();
        const json::object& body = call.body();
        FormErrors errors;
        const auto max_age = errors.integer(body, "max_age", 0, 604800, false).value_or(86400);
        const auto max_uses = errors.integer(body, "max_uses", 0, 100, false).value_or(0);
        const auto temporary = errors.boolean(body, "temporary").value_or(false);
        const auto unique = errors.boolean(body, "unique").value_or(false);
        const auto target_type = errors.integer(body, "target_type", 1, 2, false);
        const auto target_user = errors.snowflake(body, "target_user_id", false);
        const auto target_app = errors.snowflake(body, "target_application_id", false);
        if (target_type == 1 && !target_user) {
            errors.add("target_user_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (target_type == 2 && !target_app) {
            errors.add("target_application_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (target_user && !world.user(*target_user)) {
            errors.add("target_user_id", "USER_NOT_FOUND", "Unknown user");
        }
        errors.raise_if_any();
        std::optional<std::vector<std::string>> target_users;
        if (const auto* file = target_users_file(call)) {
            auto [users, problems] = read_target_users(file->data);
            if (!problems.empty()) {
                return Response::json(400,
                                      json::object{{"target_users_file", std::move(problems)}});
            }
            target_users = std::move(users);
        }
        auto& store = world.entities("invites", *guild);
        if (!unique) {
            // Discord hands back an existing invite with the same settings.
            for (auto& [id, invite] : store) {
                if (!expired(invite) && invite.at("channel").at("id") == channel.at("id") &&
                    invite.at("max_age") == json::value(max_age) &&
                    invite.at("max_uses") == json::value(max_uses) &&
                    invite.at("temporary") == json::value(temporary) &&
                    !invite.contains("target_type") && !target_type && !target_users &&
                    !invite.contains("_target_users")) {
                    return Response::json(200, visible(invite));
                }
            }
        }
        const Snowflake id = world.next_id();
        const auto created = id.created_at();
        json::object invite{
            {"type", 0},
            {"code", invite_code(id)},
            {"guild", partial_guild(*world.guild(*guild))},
            {"channel", json::object{{"id", channel.at("id")},
                                     {"type", channel.at("type")},
                                     {"name", channel.at("name")}}},
            {"inviter", world.bot_user()},
            {"uses", 0},
            {"max_uses", max_uses},
            {"max_age", max_age},
            {"temporary", temporary},
            {"created_at", World::iso_timestamp(created)},
            {"expires_at", max_age == 0 ? json::value(nullptr)
                                        : json::value(World::iso_timestamp(
                                              created + std::chrono::seconds(max_age)))},
        };
        if (target_type) {
            invite["target_type"] = *target_type;
            if (target_user) invite["target_user"] = *world.user(*target_user);
            if (target_app) {
                invite["target_application"] = json::object{{"id", target_app->to_string()}};
            }
        }
        if (target_users) set_target_users(invite, *target_users);
        const json::object& stored = store[id] = std::move(invite);
        json::object event{{"channel_id", channel.at("id")},
                           {"code", stored.at("code")},
                           {"created_at", stored.at("created_at")},
                           {"guild_id", guild->to_string()},
                           {"inviter", stored.at("inviter")},
                           {"max_age", max_age},
                           {"max_uses", max_uses},
                           {"temporary", temporary},
                           {"uses", 0},
                           {"expires_at", stored.at("expires_at")}};
        call.emit("INVITE_CREATE", std::move(event), guild, fi::guild_invites);
        return Response::json(200, visible(stored));
    });
    router.add("GET", "/channels/{channel_id}/invites", "", [](Call& call) {
        const json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        if (!guild) throw ApiError(400, 50024, "Cannot execute action on this channel type");
        return Response::json(200, invites_where(call.world(), *guild, channel.at("id")));
    });
    router.add("GET", "/guilds/{guild_id}/invites", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, invites_where(call.world(), guild, std::nullopt));
    });
    router.add("GET", "/invites/{invite_code}", "", [](Call& call) {
        World& world = call.world();
        auto [guild, invite] = find_invite(world, call.param("invite_code"));
        json::object out = public_view(*invite);
        if (call.query_bool("with_counts")) {
            out["approximate_member_count"] = world.members(guild).size();
            out["approximate_presence_count"] = 0;
        }
        if (const auto event = call.query_id("guild_scheduled_event_id")) {
            auto& events = world.entities("scheduled_events", guild);
            auto it = events.find(*event);
            if (it == events.end()) raise_unknown(10070, "Unknown Guild Scheduled Event");
            out["guild_scheduled_event"] = it->second;
        }
        return Response::json(200, out);
    });
    router.add("DELETE", "/invites/{invite_code}", "invites", [](Call& call) {
        World& world = call.world();
        auto [guild, invite] = find_invite(world, call.param("invite_code"));
        const json::object out = visible(*invite);
        auto& store = world.entities("invites", guild);
        for (auto it = store.begin(); it != store.end(); ++it) {
            if (&it->second == invite) {
                store.erase(it);
                break;
            }
        }
        call.emit("INVITE_DELETE",
                  json::object{{"channel_id", out.at("channel").at("id")},
                               {"guild_id", guild.to_string()},
                               {"code", out.at("code")}},
                  guild, fi::guild_invites);
        return Response::json(200, out);
    });
    router.add("GET", "/invites/{invite_code}/target-users", "", [](Call& call) {
        auto [guild, invite] = find_invite(call.world(), call.param("invite_code"));
        check_invite_access(call, guild, *invite, true);
        Response out;
        out.content_type = "text/csv";
        out.body = "user_id\n";
        if (const auto* users = invite->if_contains("_target_users")) {
            for (const auto& u : users->as_array()) {
                out.body += std::string(u.as_string()) + "\n";
            }
        }
        return out;
    });
    router.add("PUT", "/invites/{invite_code}/target-users", "", [](Call& call) {
        auto [guild, invite] = find_invite(call.world(), call.param("invite_code"));
        check_invite_access(call, guild, *invite, false);
        const auto* file = target_users_file(call);
        if (!file) {
            raise_field_error("target_users_file", "BASE_TYPE_REQUIRED", "This field is required");
        }
        auto [users, problems] = read_target_users(file->data);
        if (!problems.empty()) {
            return Response::json(400, json::object{{"target_users_file", std::move(problems)}});
        }
        set_target_users(*invite, users);
        return Response::no_content();
    });
    router.add("GET", "/invites/{invite_code}/target-users/job-status", "", [](Call& call) {
        auto [guild, invite] = find_invite(call.world(), call.param("invite_code"));
        check_invite_access(call, guild, *invite, false);
        if (const auto* job = invite->if_contains("_target_users_job")) {
            return Response::json(200, *job);
        }
        return Response::json(200, json::object{{"status", 0},
                                                {"total_users", 0},
                                                {"processed_users", 0},
                                                {"created_at", nullptr},
                                                {"completed_at", nullptr},
                                                {"error_message", nullptr}});
    });
}

}  // namespace hikari::sandbox
