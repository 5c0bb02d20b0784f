// How new members come in: join requests (member applications; the world's "join_requests"
// store per guild) listed and approved or rejected by the bot, and the new-member welcome
// (GET /guilds/{id}/new-member-welcome; 204 until one is set). Users apply and guilds set up
// their welcome in Discord's client, so the control API does both:
// POST /_sandbox/join-requests {guild_id, user_id or username, status?, form_responses?} and
// POST /_sandbox/new-member-welcome {guild_id, enabled, welcome_message?, ...}.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::uint64_t kick_members = 1ULL << 1;
constexpr std::array<std::string_view, 4> statuses{"STARTED", "SUBMITTED", "REJECTED", "APPROVED"};

std::map<Snowflake, json::object>& requests(World& world, Snowflake guild) {
    return world.entities("join_requests", guild);
}

/// Reviewing applicants takes KICK_MEMBERS or MANAGE_GUILD.
void require_reviewer(Call& call, Snowflake guild) {
    const auto have = guild_permissions(call.world(), guild, call.world().bot_id());
    if ((have & (kick_members | permission_bits::manage_guild | permission_bits::administrator)) ==
        0) {
        throw api_errors::missing_permissions();
    }
}

bool known_status(std::string_view s) {
    return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
}

Response list_requests(Call& call) {
    const Snowflake guild = guild_or_404(call);
    require_reviewer(call, guild);
    const auto status = call.query("status");
    if (status && !known_status(*status)) {
        raise_field_error("status", "BASE_TYPE_CHOICES",
                          "Value must be one of STARTED, SUBMITTED, REJECTED, APPROVED.");
    }
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 100));
    const auto before = call.query_id("before");
    const auto after = call.query_id("after");
    std::vector<const json::object*> matching;
    for (const auto& [id, request] : requests(call.world(), guild)) {
        if (status && request.at("application_status") != json::value(*status)) continue;
        matching.push_back(&request);
    }
    std::vector<const json::object*> picked;
    for (const auto* request : matching) {
        const Snowflake id = Snowflake::parse(request->at("id").as_string());
        if ((before && id >= *before) || (after && id <= *after)) continue;
        picked.push_back(request);
    }
    // With only `before`, the page is the last `limit` requests before it.
    std::size_t first = 0;
    if (before && !after && picked.size() > limit) first = picked.size() - limit;
    json::array page;
    for (std::size_t i = first; i < picked.size() && page.size() < limit; ++i) {
        page.push_back(*picked[i]);
    }
    return Response::json(
        200, json::object{{"total", matching.size()}, {"guild_join_requests", std::move(page)}});
}

Response action_request(Call& call) {
    const Snowflake guild = guild_or_404(call);
    auto& all = requests(call.world(), guild);
    const auto it = all.find(call.id("request_id"));
    if (it == all.end()) raise_unknown(10068, "Unknown Guild Member Verification Form");
    require_reviewer(call, guild);
    const auto& body = call.body();
    FormErrors errors;
    const auto action = errors.string(body, "action", 1, 16, true);
    if (action && *action != "APPROVED" && *action != "REJECTED") {
        errors.add("action", "BASE_TYPE_CHOICES", "Value must be one of APPROVED, REJECTED.");
    }
    const auto reason = errors.string(body, "rejection_reason", 0, 160, false);
    errors.raise_if_any();
    json::object& request = it->second;
    if (request.at("application_status") != json::value("SUBMITTED")) {
        raise_field_error("action", "GUILD_JOIN_REQUEST_NOT_SUBMITTED",
                          "Only a submitted request can be approved or rejected.");
    }
    World& world = call.world();
    request["application_status"] = *action;
    request["reviewed_at"] = now_timestamp();
    request["actioned_by_user"] = world.bot_user();
    request["rejection_reason"] =
        *action == "REJECTED" && reason ? json::value(*reason) : json::value(nullptr);
    const Snowflake user = Snowflake::parse(request.at("user_id").as_string());
    if (*action == "APPROVED" && !world.member(guild, user)) {
        using std::chrono::system_clock;
        const auto* known = world.user(user);
        json::object& member = world.add_member(
            guild, entities::member(known ? *known : request.at("user").as_object(),
                                    std::chrono::time_point_cast<std::chrono::milliseconds>(
                                        system_clock::now())));
        json::object data = member;
        data["guild_id"] = guild.to_string();
        call.emit("GUILD_MEMBER_ADD", std::move(data), guild, intents::guild_members);
    }
    return Response::json(200, request);
}

/// POST /_sandbox/join-requests: a user applies (SUBMITTED unless status says otherwise).
Response control_add_join_request(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto guild = errors.snowflake(body, "guild_id", true);
    const auto user_id = errors.snowflake(body, "user_id", false);
    const auto username = errors.string(body, "username", 2, 32, false);
    const auto status = errors.string(body, "status", 1, 16, false);
    if (status && !known_status(*status)) errors.add("status", "BASE_TYPE_CHOICES", "Unknown.");
    errors.raise_if_any();
    if (!world.guild(*guild)) throw api_errors::unknown_guild();
    // A known user, or a newcomer the world meets through the request.
    json::object applicant;
    if (user_id) {
        const auto* known = world.user(*user_id);
        if (!known) throw api_errors::unknown_user();
        applicant = *known;
    } else {
        const Snowflake id = world.next_id();
        applicant =
            entities::user(id, username.value_or("applicant_" + id.to_string().substr(12)), false);
    }
    const std::string user = std::string(applicant.at("id").as_string());
    const Snowflake id = world.next_id();
    json::object request{{"id", id.to_string()},
                         {"guild_id", guild->to_string()},
                         {"user_id", user},
                         {"user", applicant},
                         {"created_at", now_timestamp()},
                         {"reviewed_at", nullptr},
                         {"application_status", status ? *status : std::string("SUBMITTED")},
                         {"rejection_reason", nullptr},
                         {"form_responses", json::array{}},
                         {"actioned_by_user", nullptr}};
    if (const auto* form = body.if_contains("form_responses"); form && form->is_array()) {
        request["form_responses"] = *form;
    }
    return Response::json(200, requests(world, *guild)[id] = std::move(request));
}

/// POST /_sandbox/new-member-welcome: the guild's welcome as Discord would answer it.
Response control_set_welcome(Call& call) {
    World& world = call.world();
    json::object settings = call.body();
    FormErrors errors;
    const auto guild = errors.snowflake(settings, "guild_id", true);
    errors.raise_if_any();
    if (!world.guild(*guild)) throw api_errors::unknown_guild();
    if (!settings.contains("enabled")) settings["enabled"] = true;
    for (const char* list : {"new_member_actions", "resource_channels"}) {
        if (!settings.contains(list)) settings[list] = json::array{};
    }
    world.entities("new_member_welcome", *guild)[Snowflake{}] = settings;
    return Response::json(200, settings);
}

}  // namespace

void add_guild_join_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/new-member-welcome", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto* store = call.world().find_entities("new_member_welcome", guild);
        if (!store || store->empty()) return Response::no_content();
        return Response::json(200, store->begin()->second);
    });
    router.add("GET", "/guilds/{guild_id}/requests", "", list_requests);
    router.add("PATCH", "/guilds/{guild_id}/requests/{request_id}", "", action_request);
}

void add_guild_join_control_routes(Router& control) {
    control.add("POST", "/join-requests", "", control_add_join_request);
    control.add("POST", "/new-member-welcome", "", control_set_welcome);
}

}  // namespace hikari::sandbox
