// Deterministic generation of the sandbox world: the same WorldOptions always give the same
// ids, names and messages, so tests and recorded sessions can name entities by id.

#include "sandbox/state/entities.hpp"
#include "sandbox/state/world.hpp"

#include <array>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

// 2025-09-01T00:00:00Z: generated history starts here, so it reads as recent yet is older
// than the 14 days bulk delete accepts.
constexpr std::uint64_t generated_base_ms = 1'756'684'800'000ULL;

constexpr std::array adjectives{"amber", "brisk", "calm",  "dusty", "eager", "frosty", "gentle",
                                "hazy",  "icy",   "jolly", "keen",  "lucky", "misty",  "noble",
                                "olive", "proud", "quiet", "rusty", "sunny", "tidy"};
constexpr std::array nouns{"fox",   "otter", "heron", "lynx",   "maple",  "comet", "river",
                           "pine",  "raven", "cedar", "moth",   "badger", "finch", "quartz",
                           "ember", "tulip", "koala", "walrus", "bison",  "gecko"};
constexpr std::array guild_names{"Pixel Pals",    "The Lounge",     "Night Owls",    "Study Hall",
                                 "Retro Arcade",  "Garden Club",    "Code Cafe",     "Lofi Corner",
                                 "Trail Runners", "Board Game Den", "Synth Society", "Book Nook"};
constexpr std::array text_channel_names{"general",  "random",   "bot-commands", "memes",
                                        "help",     "showcase", "off-topic",    "music",
                                        "projects", "links"};
constexpr std::array message_lines{
    "hey everyone!",
    "has anyone tried the new update?",
    "good morning",
    "lol that's amazing",
    "I'll be around later tonight",
    "check the pinned messages for the rules",
    "what's everyone playing this weekend?",
    "brb, coffee",
    "that bot is pretty neat",
    "thanks for the help earlier",
};

// Moderately broad defaults: what @everyone usually holds on a fresh server.
constexpr const char* everyone_permissions = "1071698660929";
constexpr const char* administrator = "8";

}  // namespace

Snowflake World::generated_id() {
    // splitmix64: cheap, deterministic and well spread.
    rng_state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = rng_state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    generated_ms_ += 1 + z % 600'000;  // up to ten minutes between entities
    ++generated_counter_;
    return Snowflake{((generated_ms_ - Snowflake::discord_epoch_ms) << 22) |
                     (generated_counter_ & 0xFFF)};
}

void World::generate(const WorldOptions& options) {
    rng_state_ = options.seed;
    generated_ms_ = generated_base_ms;
    auto pick = [this](const auto& list) {
        return std::string(list[generated_id().value() % list.size()]);
    };

    bot_id_ = generated_id();
    application_id_ = bot_id_;  // Discord gives a bot the id of its application
    users_[bot_id_] = entities::user(bot_id_, "Sandbox Bot", true);
    const Snowflake owner_id = generated_id();
    users_[owner_id] = entities::user(owner_id, "sandbox_owner", false);
    application_ = entities::application(application_id_, "Sandbox Bot", users_[bot_id_],
                                         users_[owner_id], options.guilds);
    application_["description"] = "A bot living in hikari-sandbox.";

    // A shared pool of people, so that guilds overlap the way real ones do.
    const unsigned humans = options.members_per_guild > 1 ? options.members_per_guild - 1 : 0;
    std::vector<Snowflake> pool;
    for (unsigned i = 0; i < humans + options.guilds; ++i) {
        const Snowflake id = generated_id();
        std::string name = pick(adjectives) + "_" + pick(nouns);
        name += std::to_string(i);
        users_[id] = entities::user(id, name, false);
        pool.push_back(id);
    }

    for (unsigned g = 0; g < options.guilds; ++g) {
        const Snowflake guild_id = generated_id();
        std::vector<Snowflake> people;
        for (unsigned i = 0; i < humans; ++i) people.push_back(pool[(g + i) % pool.size()]);
        const Snowflake owner = people.empty() ? bot_id_ : people.front();

        std::vector<Snowflake> channel_ids;
        for (unsigned c = 0; c < options.channels_per_guild; ++c) {
            const Snowflake id = generated_id();
            const bool voice =
                options.channels_per_guild >= 3 && c + 1 == options.channels_per_guild;
            const std::string name =
                voice ? "General" : std::string(text_channel_names[c % text_channel_names.size()]);
            channels_[id] = entities::guild_channel(id, guild_id, voice ? 2 : 0, name,
                                                    static_cast<int>(c), std::nullopt);
            channel_ids.push_back(id);
        }
        std::string name = std::string(guild_names[g % guild_names.size()]);
        if (g >= guild_names.size()) name += " " + std::to_string(g / guild_names.size() + 1);
        guilds_[guild_id] = entities::guild(guild_id, name, owner,
                                            channel_ids.empty() ? Snowflake{} : channel_ids[0]);
        if (channel_ids.empty()) guilds_[guild_id]["system_channel_id"] = nullptr;
        const Snowflake emoji_id = generated_id();
        guilds_[guild_id]["emojis"] = json::array{json::object{
            {"id", emoji_id.to_string()},
            {"name", "sandbox"},
            {"roles", json::array{}},
            {"user", users_[owner]},
            {"require_colons", true},
            {"managed", false},
            {"animated", false},
            {"available", true},
        }};

        auto& guild_roles = roles_[guild_id];
        guild_roles[guild_id] = entities::role(guild_id, "@everyone", 0, everyone_permissions, 0);
        const Snowflake bot_role = generated_id();
        auto& bot_role_object = guild_roles[bot_role] =
            entities::role(bot_role, "Sandbox Bot", 1, administrator, 0);
        bot_role_object["managed"] = true;
        bot_role_object["tags"] = json::object{{"bot_id", bot_id_.to_string()}};
        const Snowflake admin_role = generated_id();
        guild_roles[admin_role] = entities::role(admin_role, "Admin", 2, administrator, 0xE67E22);
        guild_roles[admin_role]["hoist"] = true;

        auto joined = [this] { return Snowflake{generated_id()}.created_at(); };
        auto& bot_member = members_[guild_id][bot_id_] =
            entities::member(users_[bot_id_], joined());
        bot_member["roles"].as_array().push_back(json::value(bot_role.to_string()));
        for (const Snowflake person : people) {
            auto& m = members_[guild_id][person] = entities::member(users_[person], joined());
            if (person == owner)
                m["roles"].as_array().push_back(json::value(admin_role.to_string()));
        }

        for (const Snowflake channel_id : channel_ids) {
            if (channels_[channel_id].at("type") != json::value(0)) continue;
            for (unsigned i = 0; i < options.messages_per_channel && !people.empty(); ++i) {
                const Snowflake id = generated_id();
                const Snowflake author = people[id.value() % people.size()];
                auto msg = entities::message(id, channel_id, users_[author], pick(message_lines));
                add_message(channel_id, std::move(msg));
            }
        }
    }
}

}  // namespace hikari::sandbox
