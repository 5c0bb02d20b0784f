// Monetization: the application's SKUs, entitlements (list with filters, get, consume, test
// entitlements) and SKU subscriptions. The application has two SKUs from the start, a
// subscription and a consumable; a test entitlement of the subscription SKU for a user also
// records an active subscription, so that the subscription routes have something to serve.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

void check_application(Call& call) {
    if (call.id("application_id") != call.world().application_id()) {
        throw ApiError(404, 10002, "Unknown Application");
    }
}

std::map<Snowflake, json::object>& skus(Call& call) {
    World& world = call.world();
    auto& store = world.entities("skus");
    if (store.empty()) {
        const auto app = world.application_id().to_string();
        const Snowflake premium = world.next_id();
        store[premium] = json::object{{"id", premium.to_string()}, {"type", 5},
                                      {"application_id", app},     {"name", "Sandbox Premium"},
                                      {"slug", "sandbox-premium"}, {"flags", (1 << 2) | (1 << 8)}};
        const Snowflake coins = world.next_id();
        store[coins] = json::object{{"id", coins.to_string()}, {"type", 3},
                                    {"application_id", app},   {"name", "Sandbox Coins"},
                                    {"slug", "sandbox-coins"}, {"flags", 1 << 2}};
    }
    return store;
}

std::map<Snowflake, json::object>& entitlements(Call& call) {
    return call.world().entities("entitlements");
}

json::object& entitlement_or_404(Call& call) {
    auto& store = entitlements(call);
    auto it = store.find(call.id("entitlement_id"));
    if (it == store.end()) throw ApiError(404, 10075, "Unknown Entitlement");
    return it->second;
}

std::string now_iso() {
    return World::iso_timestamp(
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
}

std::vector<std::string> split_ids(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        out.push_back(text.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

}  // namespace

void add_monetization_routes(Router& router) {
    router.add("GET", "/applications/{application_id}/skus", "", [](Call& call) {
        check_application(call);
        json::array out;
        for (const auto& [id, sku] : skus(call)) out.push_back(sku);
        return Response::json(200, out);
    });

    const std::string base = "/applications/{application_id}/entitlements";
    router.add("GET", base, "", [](Call& call) {
        check_application(call);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 100));
        const auto user = call.query_id("user_id");
        const auto guild = call.query_id("guild_id");
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        const bool exclude_ended = call.query_bool("exclude_ended");
        const auto deleted_query = call.query("exclude_deleted");
        const bool exclude_deleted = !deleted_query || *deleted_query != "false";
        std::vector<std::string> sku_ids;
        if (auto q = call.query("sku_ids")) sku_ids = split_ids(*q);
        const std::string now = now_iso();
        auto keep = [&](Snowflake id, const json::object& e) {
            if (before && id >= *before) return false;
            if (after && id <= *after) return false;
            if (user &&
                (!e.contains("user_id") || e.at("user_id") != json::value(user->to_string()))) {
                return false;
            }
            if (guild &&
                (!e.contains("guild_id") || e.at("guild_id") != json::value(guild->to_string()))) {
                return false;
            }
            if (!sku_ids.empty() &&
                std::find(sku_ids.begin(), sku_ids.end(),
                          std::string(e.at("sku_id").as_string())) == sku_ids.end()) {
                return false;
            }
            if (exclude_deleted && e.at("deleted").as_bool()) return false;
            if (exclude_ended && e.at("ends_at").is_string() &&
                std::string(e.at("ends_at").as_string()) < now) {
                return false;
            }
            return true;
        };
        json::array out;
        const auto& store = entitlements(call);
        // Oldest first from `after`; otherwise newest first, as Discord pages.
        if (after && !before) {
            for (auto it = store.begin(); it != store.end() && out.size() < limit; ++it) {
                if (keep(it->first, it->second)) out.push_back(it->second);
            }
        } else {
            for (auto it = store.rbegin(); it != store.rend() && out.size() < limit; ++it) {
                if (keep(it->first, it->second)) out.push_back(it->second);
            }
        }
        return Response::json(200, out);
    });
    router.add("GET", base + "/{entitlement_id}", "", [](Call& call) {
        check_application(call);
        return Response::json(200, entitlement_or_404(call));
    });
    router.add("POST", base + "/{entitlement_id}/consume", "", [](Call& call) {
        check_application(call);
        json::object& e = entitlement_or_404(call);
        const auto sku = skus(call).find(Snowflake::parse(e.at("sku_id").as_string()));
        if (sku == skus(call).end() || sku->second.at("type") != json::value(3)) {
            throw ApiError(400, 40074, "Entitlement is not consumable");  // sandbox wording
        }
        e["consumed"] = true;
        call.emit("ENTITLEMENT_UPDATE", e, std::nullopt, 0);
        return Response::no_content();
    });
    router.add("POST", base, "", [](Call& call) {
        check_application(call);
        const auto& body = call.body();
        FormErrors errors;
        const auto sku = errors.snowflake(body, "sku_id", true);
        const auto owner = errors.snowflake(body, "owner_id", true);
        const auto owner_type = errors.integer(body, "owner_type", 1, 2, true);
        if (sku && !skus(call).contains(*sku)) {
            errors.add("sku_id", "INVALID_SKU", "Unknown SKU.");
        }
        if (owner && owner_type && *owner_type == 1 && !call.world().guild(*owner)) {
            errors.add("owner_id", "INVALID_GUILD", "Unknown guild.");
        }
        if (owner && owner_type && *owner_type == 2 && !call.world().user(*owner)) {
            errors.add("owner_id", "INVALID_USER", "Unknown user.");
        }
        errors.raise_if_any();
        World& world = call.world();
        const Snowflake id = world.next_id();
        json::object e{{"id", id.to_string()},
                       {"sku_id", sku->to_string()},
                       {"application_id", world.application_id().to_string()},
                       {"type", 4},  // TEST_MODE_PURCHASE
                       {"deleted", false},
                       {"starts_at", nullptr},
                       {"ends_at", nullptr},
                       {"consumed", false}};
        if (*owner_type == 1) {
            e["guild_id"] = owner->to_string();
        } else {
            e["user_id"] = owner->to_string();
        }
        const json::object& stored = entitlements(call)[id] = std::move(e);
        const auto& sku_object = skus(call).at(*sku);
        if (*owner_type == 2 && sku_object.at("type") == json::value(5)) {
            const Snowflake subscription = world.next_id();
            const auto start = std::chrono::time_point_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now());
            world.entities("subscriptions", *sku)[subscription] = json::object{
                {"id", subscription.to_string()},
                {"user_id", owner->to_string()},
                {"sku_ids", json::array{json::value(sku->to_string())}},
                {"entitlement_ids", json::array{json::value(id.to_string())}},
                {"renewal_sku_ids", nullptr},
                {"current_period_start", World::iso_timestamp(start)},
                {"current_period_end", World::iso_timestamp(start + std::chrono::days(30))},
                {"status", 0},
                {"canceled_at", nullptr}};
        }
        call.emit("ENTITLEMENT_CREATE", stored, std::nullopt, 0);
        return Response::json(200, stored);
    });
    router.add("DELETE", base + "/{entitlement_id}", "", [](Call& call) {
        check_application(call);
        json::object e = entitlement_or_404(call);
        if (e.at("type") != json::value(4)) {
            throw ApiError(400, 50035, "Only test entitlements can be deleted");
        }
        entitlements(call).erase(call.id("entitlement_id"));
        e["deleted"] = true;
        call.emit("ENTITLEMENT_DELETE", std::move(e), std::nullopt, 0);
        return Response::no_content();
    });

    router.add("GET", "/skus/{sku_id}/subscriptions", "", [](Call& call) {
        const Snowflake sku = call.id("sku_id");
        if (!skus(call).contains(sku)) throw ApiError(404, 10013, "Unknown SKU");
        const auto user = call.query_id("user_id");
        if (!user) raise_field_error("user_id", "BASE_TYPE_REQUIRED", "This field is required");
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 50));
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        json::array out;
        for (const auto& [id, s] : call.world().entities("subscriptions", sku)) {
            if (before && id >= *before) continue;
            if (after && id <= *after) continue;
            if (s.at("user_id") != json::value(user->to_string())) continue;
            if (out.size() >= limit) break;
            out.push_back(s);
        }
        return Response::json(200, out);
    });
    router.add("GET", "/skus/{sku_id}/subscriptions/{subscription_id}", "", [](Call& call) {
        const Snowflake sku = call.id("sku_id");
        if (!skus(call).contains(sku)) throw ApiError(404, 10013, "Unknown SKU");
        auto& store = call.world().entities("subscriptions", sku);
        auto it = store.find(call.id("subscription_id"));
        if (it == store.end()) throw ApiError(404, 10087, "Unknown Subscription");
        return Response::json(200, it->second);
    });
}

}  // namespace hikari::sandbox
