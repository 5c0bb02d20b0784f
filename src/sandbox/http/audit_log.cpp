#include "sandbox/http/audit_log.hpp"

#include "sandbox/http/routes.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    const int lower = std::tolower(static_cast<unsigned char>(c));
    if (lower >= 'a' && lower <= 'f') return lower - 'a' + 10;
    return -1;
}

}  // namespace

std::optional<std::string> audit_reason(const Call& call) {
    const auto* raw = call.request().header("x-audit-log-reason");
    if (!raw) return std::nullopt;
    std::string out;
    out.reserve(raw->size());
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const char c = (*raw)[i];
        if (c == '%' && i + 2 < raw->size()) {
            const int hi = hex_digit((*raw)[i + 1]);
            const int lo = hex_digit((*raw)[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(c);
    }
    return out;
}

json::object audit_change(std::string_view key, const json::value& old_value,
                          const json::value& new_value) {
    json::object change{{"key", key}};
    if (!old_value.is_null()) change["old_value"] = old_value;
    if (!new_value.is_null()) change["new_value"] = new_value;
    return change;
}

void record_audit(Call& call, Snowflake guild, int action, std::optional<Snowflake> target,
                  json::array changes, json::object options) {
    World& world = call.world();
    const Snowflake id = world.next_id();
    json::object entry{
        {"id", id.to_string()},
        {"user_id", world.bot_id().to_string()},
        {"target_id", target ? json::value(target->to_string()) : json::value(nullptr)},
        {"action_type", action},
    };
    if (!changes.empty()) entry["changes"] = std::move(changes);
    if (!options.empty()) entry["options"] = std::move(options);
    if (auto reason = audit_reason(call)) entry["reason"] = *reason;
    world.entities("audit_log", guild)[id] = entry;
    entry["guild_id"] = guild.to_string();
    call.emit("GUILD_AUDIT_LOG_ENTRY_CREATE", std::move(entry), guild, intents::guild_moderation);
}

void add_audit_log_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/audit-logs", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 50));
        const auto user = call.query_id("user_id");
        const auto action = call.query_int("action_type", 1, 1000, 0);
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        const auto& store = call.world().entities("audit_log", guild);
        std::vector<const json::object*> picked;
        auto keep = [&](Snowflake id, const json::object& e) {
            if (before && id >= *before) return false;
            if (after && id <= *after) return false;
            if (user && e.at("user_id") != json::value(user->to_string())) return false;
            if (action != 0 && e.at("action_type").to_number<std::int64_t>() != action) {
                return false;
            }
            return true;
        };
        // Newest first; with `after` alone, the entries just after it (still newest first),
        // so that paging forwards does not skip any.
        if (after && !before) {
            for (auto it = store.begin(); it != store.end() && picked.size() < limit; ++it) {
                if (keep(it->first, it->second)) picked.push_back(&it->second);
            }
            std::reverse(picked.begin(), picked.end());
        } else {
            for (auto it = store.rbegin(); it != store.rend() && picked.size() < limit; ++it) {
                if (keep(it->first, it->second)) picked.push_back(&it->second);
            }
        }
        json::array entries;
        json::array users;
        std::vector<std::string> seen;
        for (const auto* e : picked) {
            entries.push_back(*e);
            const std::string uid(e->at("user_id").as_string());
            if (std::find(seen.begin(), seen.end(), uid) != seen.end()) continue;
            seen.push_back(uid);
            if (const auto* u = call.world().user(Snowflake::parse(uid))) users.push_back(*u);
        }
        return Response::json(200, json::object{{"audit_log_entries", std::move(entries)},
                                                {"users", std::move(users)},
                                                {"integrations", json::array{}},
                                                {"webhooks", json::array{}},
                                                {"guild_scheduled_events", json::array{}},
                                                {"threads", json::array{}},
                                                {"application_commands", json::array{}},
                                                {"auto_moderation_rules", json::array{}}});
    });
}

}  // namespace hikari::sandbox
