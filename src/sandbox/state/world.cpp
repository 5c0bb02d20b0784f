#include "sandbox/state/world.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace hikari::sandbox {

namespace json = boost::json;

const std::map<Snowflake, json::object> World::empty_messages_;

World::World(const WorldOptions& options) : token_(options.bot_token) {
    if (options.fixture_path.empty()) {
        generate(options);
    } else {
        load_fixture(options.fixture_path);
    }
}

namespace {

template <class Map>
auto* find_in(Map& map, Snowflake key) {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

Snowflake id_of(const json::object& object) {
    if (const auto* id = object.if_contains("id"); id && id->is_string()) {
        return Snowflake::parse(id->get_string());
    }
    return Snowflake{};
}

}  // namespace

std::vector<Snowflake> World::guild_ids() const {
    std::vector<Snowflake> ids;
    ids.reserve(guilds_.size());
    for (const auto& [id, _] : guilds_) ids.push_back(id);
    return ids;
}

const json::object* World::guild(Snowflake id) const {
    return find_in(guilds_, id);
}
json::object* World::guild(Snowflake id) {
    return find_in(guilds_, id);
}
const json::object* World::user(Snowflake id) const {
    return find_in(users_, id);
}
json::object* World::user(Snowflake id) {
    return find_in(users_, id);
}
const json::object* World::channel(Snowflake id) const {
    return find_in(channels_, id);
}
json::object* World::channel(Snowflake id) {
    return find_in(channels_, id);
}

std::optional<Snowflake> World::guild_of_channel(Snowflake id) const {
    const auto* ch = channel(id);
    if (!ch) return std::nullopt;
    const auto* guild_id = ch->if_contains("guild_id");
    if (!guild_id || !guild_id->is_string()) return std::nullopt;
    return Snowflake::parse(guild_id->get_string());
}

json::object World::guild_object(Snowflake guild_id) const {
    const auto* g = guild(guild_id);
    if (!g) return {};
    json::object out = *g;
    json::array role_array;
    for (const auto* r : roles(guild_id)) role_array.push_back(*r);
    out["roles"] = std::move(role_array);
    return out;
}

json::object World::guild_create(Snowflake guild_id) const {
    json::object out = guild_object(guild_id);
    if (out.empty()) return out;
    const auto* me = member(guild_id, bot_id_);
    out["joined_at"] = me ? me->at("joined_at") : json::value(nullptr);
    const auto member_list = members(guild_id);
    out["large"] = member_list.size() > 250;
    out["unavailable"] = false;
    out["member_count"] = member_list.size();
    json::array channel_array;
    for (const auto* ch : channels(guild_id)) {
        json::object copy = *ch;
        copy.erase("guild_id");  // GUILD_CREATE channels leave out guild_id
        channel_array.push_back(std::move(copy));
    }
    out["channels"] = std::move(channel_array);
    json::array thread_array;
    for (const auto* th : threads(guild_id)) {
        if (!th->at("thread_metadata").at("archived").as_bool()) thread_array.push_back(*th);
    }
    out["threads"] = std::move(thread_array);
    json::array member_array;
    for (const auto* m : member_list) member_array.push_back(*m);
    out["members"] = std::move(member_array);
    // The stores the REST routes and the gateway keep per guild.
    const auto listed = [&](std::string_view kind) {
        json::array list;
        if (const auto* store = find_entities(kind, guild_id)) {
            for (const auto& [id, entity] : *store) list.push_back(entity);
        }
        return list;
    };
    out["voice_states"] = listed("voice_states");
    out["presences"] = json::array{};
    out["stage_instances"] = listed("stage_instances");
    out["guild_scheduled_events"] = listed("scheduled_events");
    out["soundboard_sounds"] = listed("soundboard_sounds");
    return out;
}

namespace {
bool in_scope(const json::object& command, std::optional<Snowflake> guild_id) {
    const auto* g = command.if_contains("guild_id");
    const bool is_guild = g && g->is_string();
    if (!guild_id) return !is_guild;
    return is_guild && g->get_string() == guild_id->to_string();
}
}  // namespace

// --- channels ---------------------------------------------------------------------------

namespace {
bool thread_type(const json::object& ch) {
    const auto type = ch.at("type").to_number<int>();
    return type == 10 || type == 11 || type == 12;
}
}  // namespace

std::vector<const json::object*> World::channels(Snowflake guild_id) const {
    std::vector<const json::object*> out;
    const std::string key = guild_id.to_string();
    for (const auto& [id, ch] : channels_) {
        const auto* g = ch.if_contains("guild_id");
        if (g && g->is_string() && g->get_string() == key && !thread_type(ch)) out.push_back(&ch);
    }
    std::stable_sort(out.begin(), out.end(), [](const json::object* a, const json::object* b) {
        return a->at("position").to_number<std::int64_t>() <
               b->at("position").to_number<std::int64_t>();
    });
    return out;
}

json::object& World::add_channel(json::object ch) {
    const Snowflake id = id_of(ch);
    return channels_[id] = std::move(ch);
}

std::vector<const json::object*> World::threads(Snowflake guild_id) const {
    std::vector<const json::object*> out;
    const std::string key = guild_id.to_string();
    for (const auto& [id, ch] : channels_) {
        const auto* g = ch.if_contains("guild_id");
        if (g && g->is_string() && g->get_string() == key && thread_type(ch)) out.push_back(&ch);
    }
    return out;
}

std::optional<Snowflake> World::dm_channel(Snowflake recipient) const {
    const json::value key(recipient.to_string());
    for (const auto& [id, ch] : channels_) {
        if (ch.at("type") != json::value(1)) continue;
        const auto* recipients = ch.if_contains("recipients");
        if (!recipients || !recipients->is_array()) continue;
        for (const auto& r : recipients->get_array()) {
            if (r.is_object() && r.get_object().if_contains("id") && r.at("id") == key) return id;
        }
    }
    return std::nullopt;
}

void World::remove_guild(Snowflake id) {
    std::vector<Snowflake> gone;
    for (const auto* ch : channels(id)) gone.push_back(id_of(*ch));
    for (const auto* th : threads(id)) gone.push_back(id_of(*th));
    for (const Snowflake channel_id : gone) remove_channel(channel_id);
    members_.erase(id);
    roles_.erase(id);
    bans_.erase(id);
    guilds_.erase(id);
    std::erase_if(commands_, [&](const auto& entry) { return in_scope(entry.second, id); });
    std::erase_if(entities_, [&](const auto& entry) { return entry.first.second == id; });
}

bool World::remove_channel(Snowflake id) {
    messages_.erase(id);
    pins_.erase(id);
    std::erase_if(entities_, [&](const auto& entry) { return entry.first.second == id; });
    return channels_.erase(id) > 0;
}

// --- members ----------------------------------------------------------------------------

std::vector<const json::object*> World::members(Snowflake guild_id) const {
    std::vector<const json::object*> out;
    if (auto it = members_.find(guild_id); it != members_.end()) {
        for (const auto& [_, m] : it->second) out.push_back(&m);
    }
    return out;
}

const json::object* World::member(Snowflake guild_id, Snowflake user_id) const {
    auto it = members_.find(guild_id);
    return it == members_.end() ? nullptr : find_in(it->second, user_id);
}

json::object* World::member(Snowflake guild_id, Snowflake user_id) {
    auto it = members_.find(guild_id);
    return it == members_.end() ? nullptr : find_in(it->second, user_id);
}

bool World::remove_member(Snowflake guild_id, Snowflake user_id) {
    auto it = members_.find(guild_id);
    return it != members_.end() && it->second.erase(user_id) > 0;
}

json::object& World::add_user(json::object user) {
    const Snowflake user_id = id_of(user);
    return users_[user_id] = std::move(user);
}

json::object& World::add_member(Snowflake guild_id, json::object member_object) {
    const json::object& user_object = member_object.at("user").as_object();
    const Snowflake user_id = id_of(user_object);
    if (!users_.contains(user_id)) users_[user_id] = user_object;
    return members_[guild_id][user_id] = std::move(member_object);
}

// --- roles ------------------------------------------------------------------------------

std::vector<const json::object*> World::roles(Snowflake guild_id) const {
    std::vector<const json::object*> out;
    if (auto it = roles_.find(guild_id); it != roles_.end()) {
        for (const auto& [_, r] : it->second) out.push_back(&r);
    }
    std::stable_sort(out.begin(), out.end(), [](const json::object* a, const json::object* b) {
        return a->at("position").to_number<std::int64_t>() <
               b->at("position").to_number<std::int64_t>();
    });
    return out;
}

const json::object* World::role(Snowflake guild_id, Snowflake role_id) const {
    auto it = roles_.find(guild_id);
    return it == roles_.end() ? nullptr : find_in(it->second, role_id);
}

json::object* World::role(Snowflake guild_id, Snowflake role_id) {
    auto it = roles_.find(guild_id);
    return it == roles_.end() ? nullptr : find_in(it->second, role_id);
}

json::object& World::add_role(Snowflake guild_id, json::object role_object) {
    const Snowflake id = id_of(role_object);
    return roles_[guild_id][id] = std::move(role_object);
}

bool World::remove_role(Snowflake guild_id, Snowflake role_id) {
    auto it = roles_.find(guild_id);
    if (it == roles_.end() || it->second.erase(role_id) == 0) return false;
    // Members lose the role too, as on Discord.
    const std::string key = role_id.to_string();
    for (auto& [_, m] : members_[guild_id]) {
        auto& list = m["roles"].as_array();
        list.erase(std::remove(list.begin(), list.end(), json::value(key)), list.end());
    }
    return true;
}

// --- bans -------------------------------------------------------------------------------

std::vector<const json::object*> World::bans(Snowflake guild_id) const {
    std::vector<const json::object*> out;
    if (auto it = bans_.find(guild_id); it != bans_.end()) {
        for (const auto& [_, b] : it->second) out.push_back(&b);
    }
    return out;
}

const json::object* World::ban(Snowflake guild_id, Snowflake user_id) const {
    auto it = bans_.find(guild_id);
    return it == bans_.end() ? nullptr : find_in(it->second, user_id);
}

void World::add_ban(Snowflake guild_id, json::object ban_object) {
    const Snowflake user_id = id_of(ban_object.at("user").as_object());
    bans_[guild_id][user_id] = std::move(ban_object);
}

bool World::remove_ban(Snowflake guild_id, Snowflake user_id) {
    auto it = bans_.find(guild_id);
    return it != bans_.end() && it->second.erase(user_id) > 0;
}

// --- messages ---------------------------------------------------------------------------

const std::map<Snowflake, json::object>& World::messages(Snowflake channel_id) const {
    auto it = messages_.find(channel_id);
    return it == messages_.end() ? empty_messages_ : it->second;
}

const json::object* World::message(Snowflake channel_id, Snowflake id) const {
    auto it = messages_.find(channel_id);
    return it == messages_.end() ? nullptr : find_in(it->second, id);
}

json::object* World::message(Snowflake channel_id, Snowflake id) {
    auto it = messages_.find(channel_id);
    return it == messages_.end() ? nullptr : find_in(it->second, id);
}

json::object& World::add_message(Snowflake channel_id, json::object message_object) {
    const Snowflake id = id_of(message_object);
    if (auto* ch = channel(channel_id)) (*ch)["last_message_id"] = id.to_string();
    return messages_[channel_id][id] = std::move(message_object);
}

bool World::remove_message(Snowflake channel_id, Snowflake id) {
    auto it = messages_.find(channel_id);
    if (it == messages_.end() || it->second.erase(id) == 0) return false;
    reactions_.erase(id);
    std::erase_if(pins_[channel_id], [id](const Pin& pin) { return pin.message == id; });
    return true;
}

std::map<std::string, ReactionEntry>& World::reactions(Snowflake message_id) {
    return reactions_[message_id];
}

json::array World::reaction_summary(Snowflake message_id) const {
    json::array out;
    auto it = reactions_.find(message_id);
    if (it == reactions_.end()) return out;
    for (const auto& [_, entry] : it->second) {
        if (entry.users.empty()) continue;
        const bool me =
            std::find(entry.users.begin(), entry.users.end(), bot_id_) != entry.users.end();
        out.push_back(json::object{
            {"count", entry.users.size()},
            {"count_details", json::object{{"burst", 0}, {"normal", entry.users.size()}}},
            {"me", me},
            {"me_burst", false},
            {"emoji", entry.emoji},
            {"burst_colors", json::array{}},
        });
    }
    return out;
}

std::vector<Pin>& World::pins(Snowflake channel_id) {
    return pins_[channel_id];
}

// --- application commands ---------------------------------------------------------------

std::vector<const json::object*> World::commands(std::optional<Snowflake> guild_id) const {
    std::vector<const json::object*> out;
    for (const auto& [_, c] : commands_) {
        if (in_scope(c, guild_id)) out.push_back(&c);
    }
    return out;
}

json::object* World::command(std::optional<Snowflake> guild_id, Snowflake id) {
    auto* c = find_in(commands_, id);
    return c && in_scope(*c, guild_id) ? c : nullptr;
}

json::object& World::add_command(json::object command_object) {
    const Snowflake id = id_of(command_object);
    return commands_[id] = std::move(command_object);
}

bool World::remove_command(std::optional<Snowflake> guild_id, Snowflake id) {
    if (!command(guild_id, id)) return false;
    return commands_.erase(id) > 0;
}

void World::clear_commands(std::optional<Snowflake> guild_id) {
    std::erase_if(commands_, [&](const auto& entry) { return in_scope(entry.second, guild_id); });
}

// --- webhooks ---------------------------------------------------------------------------

std::vector<const json::object*> World::webhooks_of_channel(Snowflake channel_id) const {
    std::vector<const json::object*> out;
    const std::string key = channel_id.to_string();
    for (const auto& [_, w] : webhooks_) {
        if (w.at("channel_id") == json::value(key)) out.push_back(&w);
    }
    return out;
}

json::object* World::webhook(Snowflake id) {
    return find_in(webhooks_, id);
}

json::object& World::add_webhook(json::object webhook_object) {
    const Snowflake id = id_of(webhook_object);
    return webhooks_[id] = std::move(webhook_object);
}

bool World::remove_webhook(Snowflake id) {
    return webhooks_.erase(id) > 0;
}

// --- interactions -----------------------------------------------------------------------

void World::add_interaction(Snowflake id, std::string token, Snowflake channel_id, Snowflake user) {
    interactions_[id] = Interaction{std::move(token), channel_id, false, std::nullopt, user};
}

std::optional<Snowflake> World::interaction_user(std::string_view token) const {
    for (const auto& [_, i] : interactions_) {
        if (i.token == token) return i.user;
    }
    return std::nullopt;
}

std::optional<Snowflake> World::interaction_channel(std::string_view token) const {
    for (const auto& [_, i] : interactions_) {
        if (i.token == token) return i.channel;
    }
    return std::nullopt;
}

std::optional<Snowflake> World::interaction_original(std::string_view token) const {
    for (const auto& [_, i] : interactions_) {
        if (i.token == token) return i.original;
    }
    return std::nullopt;
}

void World::set_interaction_original(std::string_view token, std::optional<Snowflake> message) {
    for (auto& [_, i] : interactions_) {
        if (i.token == token) i.original = message;
    }
}

bool World::interaction_known(Snowflake id, std::string_view token) const {
    auto it = interactions_.find(id);
    return it != interactions_.end() && it->second.token == token;
}

bool World::interaction_responded(Snowflake id) const {
    auto it = interactions_.find(id);
    return it != interactions_.end() && it->second.responded;
}

bool World::mark_interaction_responded(Snowflake id) {
    auto it = interactions_.find(id);
    if (it == interactions_.end() || it->second.responded) return false;
    it->second.responded = true;
    return true;
}

// --- ids and time -----------------------------------------------------------------------

std::map<Snowflake, boost::json::object>& World::entities(std::string_view kind, Snowflake owner) {
    return entities_[{std::string(kind), owner}];
}

const std::map<Snowflake, boost::json::object>* World::find_entities(std::string_view kind,
                                                                     Snowflake owner) const {
    auto it = entities_.find(std::pair<std::string, Snowflake>(std::string(kind), owner));
    return it == entities_.end() ? nullptr : &it->second;
}

std::vector<std::pair<Snowflake, std::map<Snowflake, boost::json::object>*>> World::stores_of(
    std::string_view kind) {
    std::vector<std::pair<Snowflake, std::map<Snowflake, boost::json::object>*>> out;
    for (auto& [key, store] : entities_) {
        if (key.first == kind) out.emplace_back(key.second, &store);
    }
    return out;
}

Snowflake World::next_id() {
    using namespace std::chrono;
    const auto now_ms = static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
    // Worker 1, process 0: live ids, distinct from generated ones (worker 0).
    std::uint64_t id = ((now_ms - Snowflake::discord_epoch_ms) << 22) | (1ULL << 17);
    if (id <= last_id_) id = last_id_ + 1;
    last_id_ = id;
    return Snowflake{id};
}

std::string World::iso_timestamp(Snowflake::TimePoint time) {
    using namespace std::chrono;
    const auto day = floor<days>(time);
    const year_month_day ymd{day};
    const hh_mm_ss hms{time - day};
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03d000+00:00",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                  static_cast<int>(hms.subseconds().count()));
    return buffer;
}

}  // namespace hikari::sandbox
