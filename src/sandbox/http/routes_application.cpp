// The application: GET/PATCH /applications/{id} and PATCH /applications/@me (GET @me is with
// the user routes), its activity instances (launched through the control API) and uploaded
// attachments, its role connection metadata and the current user's role connection, and guild
// application command permissions (list, get, replace). Discord takes permission edits and
// role connections only with a user's Bearer token; the sandbox takes the bot token as well
// (and a Bearer token of its grants for role connections) and checks the body as Discord does.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <vector>

#include <cstdio>
#include <map>
#include <string_view>

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

/// The OAuth2 scopes an install link may ask for.
bool known_scope(std::string_view scope) {
    static constexpr std::string_view scopes[] = {"activities.read",
                                                  "activities.write",
                                                  "applications.builds.read",
                                                  "applications.builds.upload",
                                                  "applications.commands",
                                                  "applications.commands.permissions.update",
                                                  "applications.entitlements",
                                                  "applications.store.update",
                                                  "bot",
                                                  "connections",
                                                  "dm_channels.read",
                                                  "email",
                                                  "gdm.join",
                                                  "guilds",
                                                  "guilds.join",
                                                  "guilds.members.read",
                                                  "identify",
                                                  "messages.read",
                                                  "relationships.read",
                                                  "role_connections.write",
                                                  "rpc",
                                                  "rpc.activities.write",
                                                  "rpc.notifications.read",
                                                  "rpc.voice.read",
                                                  "rpc.voice.write",
                                                  "voice",
                                                  "webhook.incoming"};
    for (auto s : scopes) {
        if (s == scope) return true;
    }
    return false;
}

/// An install params object: known scopes, permissions as a decimal string, and
/// permissions only with the bot scope (Discord's rule for install links).
void check_install_params(FormErrors& errors, const json::value& value, const std::string& path) {
    if (!value.is_object()) {
        errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
        return;
    }
    const auto& params = value.get_object();
    const auto* scopes = params.if_contains("scopes");
    bool has_bot = false;
    if (!scopes || !scopes->is_array()) {
        errors.add(path + ".scopes", "BASE_TYPE_REQUIRED", "This field is required");
    } else {
        for (std::size_t i = 0; i < scopes->get_array().size(); ++i) {
            const auto& scope = scopes->get_array()[i];
            if (!scope.is_string() || !known_scope(scope.get_string())) {
                errors.add(path + ".scopes." + std::to_string(i), "BASE_TYPE_CHOICES",
                           "Value must be one of the OAuth2 scopes.");
            } else if (scope.get_string() == "bot") {
                has_bot = true;
            }
        }
    }
    const auto* permissions = params.if_contains("permissions");
    if (!permissions || !permissions->is_string() || permissions->get_string().empty() ||
        permissions->get_string().find_first_not_of("0123456789") != std::string::npos) {
        errors.add(path + ".permissions", "NUMBER_TYPE_COERCE", "Value is not int.");
    } else if (!has_bot && permissions->get_string() != "0") {
        errors.add(path + ".permissions", "OAUTH2_APPLICATION_BOT_ABSENT",
                   "Permissions can only be requested with the bot scope.");
    }
}

void check_https_url(FormErrors& errors, const json::object& body, const char* key) {
    const auto* url = body.if_contains(key);
    if (url && !url->is_null() &&
        (!url->is_string() || !std::string_view(url->get_string()).starts_with("https://"))) {
        errors.add(key, "URL_TYPE_INVALID_URL", "Not a well formed URL.");
    }
}

/// PATCH /applications/@me and /applications/{id}: only the fields sent change.
Response edit_application(Call& call) {
    const auto& body = call.body();
    json::object& app = call.world().application();
    FormErrors errors;
    errors.string(body, "description", 0, 400, false);
    errors.string(body, "custom_install_url", 1, 2048, false);
    for (const char* key :
         {"interactions_endpoint_url", "role_connections_verification_url", "event_webhooks_url"}) {
        check_https_url(errors, body, key);
    }
    if (const auto flags = errors.integer(body, "flags", 0, 1LL << 32, false)) {
        // Only the *_LIMITED intent flags can be changed through the API.
        constexpr std::int64_t editable = (1 << 13) | (1 << 15) | (1 << 19);
        const std::int64_t old =
            app.contains("flags") ? app.at("flags").to_number<std::int64_t>() : 0;
        if (((*flags ^ old) & ~editable) != 0) {
            errors.add("flags", "APPLICATION_FLAGS_INVALID",
                       "Only limited intent flags can be changed.");
        }
    }
    errors.integer(body, "event_webhooks_status", 1, 2, false);
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
    if (const auto* params = body.if_contains("install_params")) {
        check_install_params(errors, *params, "install_params");
    }
    if (const auto* configs = body.if_contains("integration_types_config")) {
        if (!configs->is_object()) {
            errors.add("integration_types_config", "MODEL_TYPE_CONVERT",
                       "Only dictionaries may be used.");
        } else {
            for (const auto& [key, config] : configs->get_object()) {
                const std::string path = "integration_types_config." + std::string(key);
                if (key != "0" && key != "1") {
                    errors.add(path, "BASE_TYPE_CHOICES", "Value must be one of {0, 1}.");
                } else if (!config.is_object()) {
                    errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
                } else if (const auto* p =
                               config.get_object().if_contains("oauth2_install_params")) {
                    check_install_params(errors, *p, path + ".oauth2_install_params");
                }
            }
        }
    }
    std::optional<std::string> icon;
    std::optional<std::string> cover;
    if (const auto* v = body.if_contains("icon"); v && !v->is_null()) {
        icon = check_data_uri(errors, body, "icon", {"image/png", "image/jpeg", "image/gif"},
                              10 * 1024 * 1024, false);
    }
    if (const auto* v = body.if_contains("cover_image"); v && !v->is_null()) {
        cover = check_data_uri(errors, body, "cover_image",
                               {"image/png", "image/jpeg", "image/gif"}, 10 * 1024 * 1024, false);
    }
    errors.raise_if_any();

    for (const char* key :
         {"description", "custom_install_url", "interactions_endpoint_url", "tags",
          "role_connections_verification_url", "install_params", "event_webhooks_url",
          "event_webhooks_status", "event_webhooks_types"}) {
        if (const auto* v = body.if_contains(key)) app[key] = *v;
    }
    if (const auto* v = body.if_contains("flags")) {
        app["flags"] = *v;
        app["flags_new"] = std::to_string(v->to_number<std::int64_t>());
    }
    if (const auto* v = body.if_contains("integration_types_config")) {
        // Keys sent replace their entry; the other entry stays.
        auto& configs = app["integration_types_config"];
        if (!configs.is_object()) configs = json::object{};
        for (const auto& [key, config] : v->get_object()) configs.get_object()[key] = config;
    }
    // Discord stores the image and answers with its hash.
    auto image_hash = [&](const char* key) {
        const auto& text = body.at(key).get_string();
        std::uint64_t h = 1469598103934665603ULL;
        for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        char buffer[33];
        std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(h),
                      static_cast<unsigned long long>(h * 31));
        return std::string(buffer);
    };
    if (body.contains("icon")) app["icon"] = icon ? json::value(image_hash("icon")) : nullptr;
    if (body.contains("cover_image")) {
        if (cover) {
            app["cover_image"] = image_hash("cover_image");
        } else {
            app.erase("cover_image");  // an optional field: absent once removed
        }
    }
    return Response::json(200, app);
}

/// The application's role connection metadata records, in the order last PUT.
json::array& role_connection_metadata(Call& call) {
    auto& entry = call.world().entities("role_connection_metadata")[Snowflake{}];
    if (!entry.contains("records")) entry["records"] = json::array{};
    return entry["records"].as_array();
}

/// Checks one localizations dictionary: strings of min_length..max_length per locale.
void check_localizations(FormErrors& errors, const json::object& record, const char* key,
                         std::size_t max_length, const std::string& path) {
    const auto* v = record.if_contains(key);
    if (!v || v->is_null()) return;
    if (!v->is_object()) {
        errors.add(path + "." + key, "DICT_TYPE_CONVERT", "Only dictionaries may be used.");
        return;
    }
    for (const auto& [locale, text] : v->get_object()) {
        if (!text.is_string() || text.get_string().empty() ||
            text.get_string().size() > max_length) {
            errors.add(path + "." + key + "." + std::string(locale), "BASE_TYPE_BAD_LENGTH",
                       "Must be between 1 and " + std::to_string(max_length) + " in length.");
        }
    }
}

/// PUT /applications/{id}/role-connections/metadata: the body (a JSON array of at most 5
/// records) replaces every record.
Response put_role_connection_metadata(Call& call) {
    check_application(call);
    // The body is a JSON array, which Call::body() refuses: parse it here.
    boost::system::error_code ec;
    json::value parsed = json::parse(call.request().body, ec);
    if (ec) throw api_errors::invalid_json();
    if (!parsed.is_array()) raise_field_error("_root", "BASE_TYPE_ARRAY", "Must be an array.");
    const auto& list = parsed.get_array();
    FormErrors errors;
    if (list.size() > 5) {
        errors.add("_root", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
    }
    json::array records;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < list.size() && i < 5; ++i) {
        const std::string path = std::to_string(i);
        if (!list[i].is_object()) {
            errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
            continue;
        }
        const auto& r = list[i].get_object();
        errors.integer(r, "type", 1, 8, true, path);
        const auto key = errors.string(r, "key", 1, 50, true, path);
        if (key) {
            if (key->find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") !=
                std::string::npos) {
                errors.add(path + ".key", "APPLICATION_ROLE_CONNECTIONS_METADATA_KEY_INVALID",
                           "Must only contain a-z, 0-9 or _ characters.");
            } else if (std::find(keys.begin(), keys.end(), *key) != keys.end()) {
                errors.add(path + ".key", "APPLICATION_ROLE_CONNECTIONS_METADATA_KEY_DUPLICATE",
                           "Keys must be unique.");
            } else {
                keys.push_back(*key);
            }
        }
        errors.string(r, "name", 1, 100, true, path);
        errors.string(r, "description", 1, 200, true, path);
        check_localizations(errors, r, "name_localizations", 100, path);
        check_localizations(errors, r, "description_localizations", 200, path);
        json::object stored;
        for (const char* field : {"type", "key", "name", "name_localizations", "description",
                                  "description_localizations"}) {
            if (const auto* v = r.if_contains(field)) stored[field] = *v;
        }
        records.push_back(std::move(stored));
    }
    errors.raise_if_any();
    role_connection_metadata(call) = records;
    return Response::json(200, records);
}

/// POST /_sandbox/activity-instances {channel_id, user_ids}: launches the application's
/// activity in a channel (a guild channel, or a DM) with those users connected.
Response control_launch_activity(Call& call) {
    World& world = call.world();
    FormErrors errors;
    const auto channel = errors.snowflake(call.body(), "channel_id", true);
    std::vector<Snowflake> users;
    if (const auto* list = call.body().if_contains("user_ids"); list && list->is_array()) {
        for (const auto& u : list->get_array()) {
            const auto id = u.is_string() ? Snowflake::try_parse(u.get_string()) : std::nullopt;
            if (!id || !world.user(*id)) {
                errors.add("user_ids", "USER_INVALID", "Unknown user.");
                break;
            }
            users.push_back(*id);
        }
    }
    errors.raise_if_any();
    if (!world.channel(*channel)) throw api_errors::unknown_channel();
    const auto guild = world.guild_of_channel(*channel);
    const Snowflake launch = world.next_id();
    const std::string location_id = guild ? "gc-" + guild->to_string() + "-" + channel->to_string()
                                          : "pc-" + channel->to_string();
    json::array user_ids;
    for (const Snowflake u : users) user_ids.push_back(json::value(u.to_string()));
    json::object location{
        {"id", location_id}, {"kind", guild ? "gc" : "pc"}, {"channel_id", channel->to_string()}};
    if (guild) location["guild_id"] = guild->to_string();
    json::object instance{{"application_id", world.application_id().to_string()},
                          {"instance_id", "i-" + launch.to_string() + "-" + location_id},
                          {"launch_id", launch.to_string()},
                          {"location", std::move(location)},
                          {"users", std::move(user_ids)}};
    world.entities("activity_instances")[launch] = instance;
    return Response::json(200, instance);
}

/// The current user's connection to the application (the sandbox's one user: the bot's).
json::object& role_connection(Call& call) {
    auto& entry = call.world().entities("role_connection")[Snowflake{}];
    if (entry.empty()) {
        entry = json::object{{"platform_name", nullptr},
                             {"platform_username", nullptr},
                             {"metadata", json::object{}}};
    }
    return entry;
}

/// Whether a metadata value fits its record's type: integers for types 1-4, ISO8601 times for
/// 5-6, "0" or "1" for the booleans 7-8.
bool fits(std::int64_t type, std::string_view value) {
    if (type >= 5 && type <= 6) return try_parse_iso8601(value).has_value();
    if (type >= 7) return value == "0" || value == "1";
    const std::string_view digits = value.starts_with('-') ? value.substr(1) : value;
    return !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
}

Response put_role_connection(Call& call) {
    check_application(call);
    const auto& body = call.body();
    FormErrors errors;
    errors.string(body, "platform_name", 0, 50, false);
    errors.string(body, "platform_username", 0, 100, false);
    const auto* metadata = body.if_contains("metadata");
    if (metadata && !metadata->is_object()) {
        errors.add("metadata", "DICT_TYPE_CONVERT", "Only dictionaries may be used.");
    } else if (metadata) {
        const auto& records = role_connection_metadata(call);
        for (const auto& [key, value] : metadata->get_object()) {
            const std::string path = "metadata." + std::string(key);
            const auto record = std::find_if(records.begin(), records.end(), [&](const auto& r) {
                return r.get_object().at("key") == json::value(key);
            });
            if (record == records.end()) {
                errors.add(path, "APPLICATION_ROLE_CONNECTION_METADATA_KEY_UNKNOWN",
                           "No metadata record has this key.");
            } else if (!value.is_string() || value.get_string().size() > 100 ||
                       !fits(record->get_object().at("type").to_number<std::int64_t>(),
                             value.get_string())) {
                errors.add(path, "APPLICATION_ROLE_CONNECTION_METADATA_VALUE_INVALID",
                           "The value does not match the metadata type.");
            }
        }
    }
    errors.raise_if_any();
    json::object& connection = role_connection(call);
    for (const char* key : {"platform_name", "platform_username", "metadata"}) {
        if (const auto* v = body.if_contains(key)) connection[key] = *v;
    }
    return Response::json(200, connection);
}

/// Discord's cap on an application attachment (the free upload limit).
constexpr std::size_t max_attachment_bytes = 10 * 1024 * 1024;

/// POST /applications/{id}/attachment: one "file" part, answered as {"attachment": {...}} with
/// a CDN url under the application.
Response upload_attachment(Call& call) {
    check_application(call);
    const std::vector<MultipartPart> parts = multipart_form(call);
    const MultipartPart* file = nullptr;
    for (const auto& part : parts) {
        if (part.name == "file" && !part.filename.empty()) file = &part;
    }
    if (!file) raise_field_error("file", "BASE_TYPE_REQUIRED", "This field is required");
    if (file->data.empty()) throw ApiError(400, 50046, "Invalid file uploaded");
    if (file->data.size() > max_attachment_bytes) {
        throw ApiError(413, 40005, "Request entity too large");
    }
    const Snowflake id = call.world().next_id();
    const std::string path =
        call.world().application_id().to_string() + "/" + id.to_string() + "/" + file->filename;
    json::object attachment{{"id", id.to_string()},
                            {"filename", file->filename},
                            {"size", file->data.size()},
                            {"url", "https://cdn.discordapp.com/app-attachments/" + path},
                            {"proxy_url", "https://media.discordapp.net/app-attachments/" + path}};
    if (!file->content_type.empty()) attachment["content_type"] = file->content_type;
    return Response::json(200, json::object{{"attachment", std::move(attachment)}});
}

}  // namespace

void add_application_control_routes(Router& control) {
    control.add("POST", "/activity-instances", "", control_launch_activity);
}

void add_application_routes(Router& router) {
    router.add(
        "GET", "/applications/{application_id}/activity-instances/{instance_id}", "",
        [](Call& call) {
            check_application(call);
            for (const auto& [launch, instance] : call.world().entities("activity_instances")) {
                if (instance.at("instance_id") == json::value(call.param("instance_id"))) {
                    return Response::json(200, instance);
                }
            }
            throw api_errors::not_found();
        });
    const std::string metadata = "/applications/{application_id}/role-connections/metadata";
    router.add("GET", metadata, "", [](Call& call) {
        check_application(call);
        return Response::json(200, role_connection_metadata(call));
    });
    router.add("PUT", metadata, "", put_role_connection_metadata);
    // Discord takes these with the user's Bearer token only; the sandbox takes a Bearer token
    // of its grants too, but also the bot's, and keeps one connection, as if the bot's user
    // had linked its account.
    const std::string connection = "/users/@me/applications/{application_id}/role-connection";
    router.add("GET", connection, "", [](Call& call) {
        check_application(call);
        return Response::json(200, role_connection(call));
    });
    router.add("PUT", connection, "", put_role_connection);
    router.add("DELETE", connection, "", [](Call& call) {
        check_application(call);
        call.world().entities("role_connection").clear();
        return Response::no_content();
    });
    router.add("POST", "/applications/{application_id}/attachment", "", upload_attachment);
    for (const char* method : {"GET ", "PUT ", "DELETE "}) {
        router.find(method + connection)->bearer = true;
    }
    router.add("PATCH", "/applications/@me", "", edit_application);
    router.add("GET", "/applications/{application_id}", "", [](Call& call) {
        check_application(call);
        return Response::json(200, call.world().application());
    });
    router.add("PATCH", "/applications/{application_id}", "", [](Call& call) {
        check_application(call);
        return edit_application(call);
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
