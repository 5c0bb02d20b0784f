// The application: PATCH /applications/@me, and guild application command permissions
// (list, get, replace). Discord takes permission edits only with a user's Bearer token; the
// sandbox accepts the bot token instead but checks the body as Discord does.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <map>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

void check_application(Call& call) {
    if (call.id("application_id") != call.world().application_id()) {
        throw ApiError(404, 10002, "Unknown Application");
    }
}

std::map<Snowflake, json::object>& permissions_of(Call& call, Snowflake guild) {
    return call.world().entities("command_permissions", guild);
}

/// The command must be global or belong to this guild.
void check_command(Call& call, Snowflake guild, Snowflake command) {
    if (command == call.world().application_id()) return;  // the application-wide entry
    if (!call.world().command(std::nullopt, command) && !call.world().command(guild, command)) {
        throw api_errors::unknown_command();
    }
}

}  // namespace

void add_application_routes(Router& router) {
    router.add("PATCH", "/applications/@me", "", [](Call& call) {
        const auto& body = call.body();
        FormErrors errors;
        errors.string(body, "description", 0, 400, false);
        errors.string(body, "custom_install_url", 1, 2048, false);
        errors.integer(body, "flags", 0, 1LL << 32, false);
        if (const auto* url = body.if_contains("interactions_endpoint_url");
            url && !url->is_null() &&
            (!url->is_string() || !std::string_view(url->get_string()).starts_with("https://"))) {
            errors.add("interactions_endpoint_url", "URL_TYPE_INVALID_URL",
                       "Not a well formed URL.");
        }
        if (const auto* tags = body.if_contains("tags"); tags && !tags->is_null()) {
            if (!tags->is_array() || tags->get_array().size() > 5) {
                errors.add("tags", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
            } else {
                for (std::size_t i = 0; i < tags->get_array().size(); ++i) {
                    const auto& t = tags->get_array()[i];
                    if (!t.is_string() || t.get_string().empty() || t.get_string().size() > 20) {
                        errors.add("tags." + std::to_string(i), "BASE_TYPE_BAD_LENGTH",
                                   "Must be between 1 and 20 in length.");
                    }
                }
            }
        }
        errors.raise_if_any();
        json::object& app = call.world().application();
        for (const char* key :
             {"description", "custom_install_url", "flags", "interactions_endpoint_url", "tags",
              "role_connections_verification_url"}) {
            if (const auto* v = body.if_contains(key)) app[key] = *v;
        }
        return Response::json(200, app);
    });

    const std::string base = "/applications/{application_id}/guilds/{guild_id}/commands";
    router.add("GET", base + "/permissions", "", [](Call& call) {
        check_application(call);
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto& [id, entry] : permissions_of(call, guild)) out.push_back(entry);
        return Response::json(200, out);
    });
    router.add("GET", base + "/{command_id}/permissions", "", [](Call& call) {
        check_application(call);
        const Snowflake guild = guild_or_404(call);
        const Snowflake command = call.id("command_id");
        check_command(call, guild, command);
        auto& store = permissions_of(call, guild);
        auto it = store.find(command);
        if (it == store.end()) {
            throw ApiError(404, 10066, "Unknown application command permissions");
        }
        return Response::json(200, it->second);
    });
    router.add("PUT", base + "/{command_id}/permissions", "commands", [](Call& call) {
        check_application(call);
        const Snowflake guild = guild_or_404(call);
        const Snowflake command = call.id("command_id");
        check_command(call, guild, command);
        const auto& body = call.body();
        FormErrors errors;
        const auto* list = body.if_contains("permissions");
        json::array permissions;
        if (!list || !list->is_array()) {
            errors.add("permissions", "BASE_TYPE_REQUIRED", "This field is required");
        } else if (list->get_array().size() > 100) {
            errors.add("permissions", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        } else {
            for (std::size_t i = 0; i < list->get_array().size(); ++i) {
                const std::string path = "permissions." + std::to_string(i);
                const auto& p = list->get_array()[i];
                if (!p.is_object()) {
                    errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
                    continue;
                }
                const auto id = errors.snowflake(p.get_object(), "id", true, path);
                const auto type = errors.integer(p.get_object(), "type", 1, 3, true, path);
                const auto allowed = errors.boolean(p.get_object(), "permission", path);
                if (!p.get_object().contains("permission")) {
                    errors.add(path + ".permission", "BASE_TYPE_REQUIRED",
                               "This field is required");
                }
                if (id && type && allowed) {
                    permissions.push_back(json::object{
                        {"id", id->to_string()}, {"type", *type}, {"permission", *allowed}});
                }
            }
        }
        errors.raise_if_any();
        json::object entry{{"id", command.to_string()},
                           {"application_id", call.world().application_id().to_string()},
                           {"guild_id", guild.to_string()},
                           {"permissions", std::move(permissions)}};
        permissions_of(call, guild)[command] = entry;
        call.emit("APPLICATION_COMMAND_PERMISSIONS_UPDATE", entry, guild, 0);
        record_audit(call, guild, 121, command);
        return Response::json(200, entry);
    });
}

}  // namespace hikari::sandbox
