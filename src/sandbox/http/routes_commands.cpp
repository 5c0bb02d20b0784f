// Application commands, global and per guild: list, create (upsert by name), get, modify,
// delete and bulk overwrite.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <cctype>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

/// The scope of the route: nullopt for global commands. 50001 for another application,
/// 10004 for an unknown guild.
std::optional<Snowflake> scope(Call& call, bool guild_route) {
    if (call.id("application_id") != call.world().application_id())
        throw api_errors::missing_access();
    if (!guild_route) return std::nullopt;
    const Snowflake guild = call.id("guild_id");
    if (!call.world().guild(guild)) throw api_errors::unknown_guild();
    return guild;
}

bool valid_chat_input_name(std::string_view name) {
    if (name.empty()) return false;
    for (unsigned char c : name) {
        // Lower-case letters, digits, '-' and '_'; non-ASCII letters are let through.
        if (c >= 0x80 || std::islower(c) || std::isdigit(c) || c == '-' || c == '_') continue;
        return false;
    }
    return true;
}

/// Validates a command body (prefixed errors for bulk overwrite) and merges it into `out`.
void apply_command(FormErrors& errors, const json::object& body, json::object& out, bool creating,
                   const std::string& prefix) {
    const auto type = errors.integer(body, "type", 1, 4, false, prefix);
    const std::int64_t kind =
        type.value_or(out.contains("type") ? out.at("type").to_number<std::int64_t>() : 1);
    auto name = errors.string(body, "name", 1, 32, creating, prefix);
    if (name && kind == 1 && !valid_chat_input_name(*name)) {
        errors.add(prefix.empty() ? "name" : prefix + ".name", "APPLICATION_COMMAND_INVALID_NAME",
                   "Command name is invalid");
    }
    auto description =
        errors.string(body, "description", kind == 1 ? 1 : 0, 100, creating && kind == 1, prefix);
    if (description && kind != 1 && !description->empty()) {
        errors.add(prefix.empty() ? "description" : prefix + ".description",
                   "APPLICATION_COMMAND_INVALID_DESCRIPTION",
                   "Context menu commands cannot have a description");
    }
    if (const auto* options = body.if_contains("options"); options && !options->is_null()) {
        if (!options->is_array()) {
            errors.add(prefix.empty() ? "options" : prefix + ".options", "BASE_TYPE_ARRAY",
                       "Must be an array.");
        } else if (options->get_array().size() > 25) {
            errors.add(prefix.empty() ? "options" : prefix + ".options", "BASE_TYPE_MAX_LENGTH",
                       "Must be 25 or fewer in length.");
        }
    }
    errors.boolean(body, "nsfw", prefix);
    if (type) out["type"] = *type;
    if (!out.contains("type")) out["type"] = 1;
    if (name) out["name"] = *name;
    if (description) out["description"] = *description;
    if (!out.contains("description")) out["description"] = "";
    for (const char* key : {"options", "default_member_permissions", "nsfw", "name_localizations",
                            "description_localizations", "contexts", "integration_types"}) {
        if (const auto* v = body.if_contains(key)) out[key] = *v;
    }
}

json::object new_command(World& world, std::optional<Snowflake> guild) {
    const Snowflake id = world.next_id();
    json::object out{{"id", id.to_string()},
                     {"application_id", world.application_id().to_string()},
                     {"version", id.to_string()},
                     {"default_member_permissions", nullptr},
                     {"nsfw", false},
                     {"name_localizations", nullptr},
                     {"description_localizations", nullptr}};
    if (guild) {
        out["guild_id"] = guild->to_string();
    } else {
        out["contexts"] = nullptr;
        out["integration_types"] = json::array{0};
    }
    return out;
}

json::object* by_name(World& world, std::optional<Snowflake> guild, const json::value& name,
                      const json::value& type) {
    for (const auto* c : world.commands(guild)) {
        if (c->at("name") == name && c->at("type") == type) {
            return world.command(guild, Snowflake::parse(c->at("id").as_string()));
        }
    }
    return nullptr;
}

void add_scope_routes(Router& router, const std::string& base, bool guild_route) {
    router.add("GET", base, "", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        json::array out;
        for (const auto* c : call.world().commands(guild)) out.push_back(*c);
        return Response::json(200, out);
    });
    router.add("POST", base, "commands", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        World& world = call.world();
        json::object fields;
        FormErrors errors;
        apply_command(errors, call.body(), fields, true, "");
        errors.raise_if_any();
        // Creating a command whose name exists overwrites it, as Discord does.
        if (json::object* existing = by_name(world, guild, fields.at("name"), fields.at("type"))) {
            for (auto& [key, value] : fields) (*existing)[key] = value;
            (*existing)["version"] = world.next_id().to_string();
            return Response::json(200, *existing);
        }
        json::object command = new_command(world, guild);
        for (auto& [key, value] : fields) command[key] = value;
        return Response::json(201, world.add_command(std::move(command)));
    });
    router.add("GET", base + "/{command_id}", "", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        auto* command = call.world().command(guild, call.id("command_id"));
        if (!command) throw api_errors::unknown_command();
        return Response::json(200, *command);
    });
    router.add("PATCH", base + "/{command_id}", "commands", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        auto* command = call.world().command(guild, call.id("command_id"));
        if (!command) throw api_errors::unknown_command();
        FormErrors errors;
        json::object updated = *command;
        apply_command(errors, call.body(), updated, false, "");
        errors.raise_if_any();
        updated["version"] = call.world().next_id().to_string();
        *command = std::move(updated);
        return Response::json(200, *command);
    });
    router.add("DELETE", base + "/{command_id}", "commands", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        if (!call.world().remove_command(guild, call.id("command_id"))) {
            throw api_errors::unknown_command();
        }
        return Response::no_content();
    });
    router.add("PUT", base, "commands", [guild_route](Call& call) {
        const auto guild = scope(call, guild_route);
        World& world = call.world();
        // The body is a JSON array, which Call::body() refuses: parse it here.
        boost::system::error_code ec;
        json::value parsed = json::parse(call.request().body, ec);
        if (ec) throw api_errors::invalid_json();
        if (!parsed.is_array()) raise_field_error("_root", "BASE_TYPE_ARRAY", "Must be an array.");
        if (parsed.get_array().size() > 110) {
            raise_field_error("_root", "BASE_TYPE_MAX_LENGTH", "Must be 110 or fewer in length.");
        }
        FormErrors errors;
        std::vector<json::object> bodies;
        for (std::size_t i = 0; i < parsed.get_array().size(); ++i) {
            const auto& item = parsed.get_array()[i];
            if (!item.is_object()) {
                errors.add(std::to_string(i), "MODEL_TYPE_CONVERT",
                           "Only dictionaries may be used in a ModelType");
                continue;
            }
            json::object fields;
            apply_command(errors, item.get_object(), fields, true, std::to_string(i));
            bodies.push_back(std::move(fields));
        }
        errors.raise_if_any();
        // Commands keep their id when their name and type survive the overwrite.
        std::vector<json::object> kept;
        for (auto& fields : bodies) {
            json::object command;
            if (json::object* existing =
                    by_name(world, guild, fields.at("name"), fields.at("type"))) {
                command = *existing;
            } else {
                command = new_command(world, guild);
            }
            for (auto& [key, value] : fields) command[key] = value;
            kept.push_back(std::move(command));
        }
        world.clear_commands(guild);
        json::array out;
        for (auto& command : kept) out.push_back(world.add_command(std::move(command)));
        return Response::json(200, out);
    });
}

}  // namespace

void add_command_routes(Router& router) {
    add_scope_routes(router, "/applications/{application_id}/commands", false);
    add_scope_routes(router, "/applications/{application_id}/guilds/{guild_id}/commands", true);
}

}  // namespace hikari::sandbox
