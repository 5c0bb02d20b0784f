#pragma once
// The sandbox's in-memory Discord: users, guilds, channels, members, roles, messages and the
// rest, kept as Boost.JSON objects shaped like the API's. Only the sandbox's io_context thread
// touches a World, so it has no locking.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/time.hpp>
#include <hikari/sandbox/sandbox.hpp>  // WorldOptions

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hikari::sandbox {

/// A reaction as stored per message: the emoji object and who reacted, in reaction order.
struct ReactionEntry {
    boost::json::object emoji;
    std::vector<Snowflake> users;
};

/// A pinned message and when it was pinned (message.mdx "Message Pin Object").
struct Pin {
    Snowflake message;
    Timestamp pinned_at;
};

class World {
  public:
    /// Generates a deterministic world from options.seed, or loads options.fixture_path.
    /// Throws hikari::ParseError when the fixture cannot be read or is malformed.
    explicit World(const WorldOptions& options);

    // --- identity -----------------------------------------------------------------------
    [[nodiscard]] const boost::json::object& bot_user() const { return users_.at(bot_id_); }
    [[nodiscard]] Snowflake bot_id() const { return bot_id_; }
    [[nodiscard]] Snowflake application_id() const { return application_id_; }
    [[nodiscard]] const boost::json::object& application() const { return application_; }
    [[nodiscard]] boost::json::object& application() { return application_; }
    [[nodiscard]] const std::string& token() const { return token_; }

    // --- lookups (nullptr when unknown) ---------------------------------------------------
    [[nodiscard]] std::vector<Snowflake> guild_ids() const;  // sorted
    [[nodiscard]] const boost::json::object* guild(Snowflake id) const;
    [[nodiscard]] boost::json::object* guild(Snowflake id);
    [[nodiscard]] const boost::json::object* user(Snowflake id) const;
    [[nodiscard]] boost::json::object* user(Snowflake id);
    [[nodiscard]] const boost::json::object* channel(Snowflake id) const;
    [[nodiscard]] boost::json::object* channel(Snowflake id);
    /// The guild a channel belongs to, if any (nullopt for DMs or unknown channels).
    [[nodiscard]] std::optional<Snowflake> guild_of_channel(Snowflake channel) const;

    /// The full GUILD_CREATE payload for a guild the bot is in.
    [[nodiscard]] boost::json::object guild_create(Snowflake guild) const;
    /// The guild object as GET /guilds/{id} returns it (roles, emojis, stickers, no members).
    [[nodiscard]] boost::json::object guild_object(Snowflake guild) const;

    // --- channels -------------------------------------------------------------------------
    /// Channels of a guild without its threads, by position.
    [[nodiscard]] std::vector<const boost::json::object*> channels(Snowflake guild) const;
    /// Threads (types 10-12) of a guild, by id.
    [[nodiscard]] std::vector<const boost::json::object*> threads(Snowflake guild) const;
    boost::json::object& add_channel(boost::json::object channel);
    /// The DM channel (type 1) with a user, if one was opened.
    [[nodiscard]] std::optional<Snowflake> dm_channel(Snowflake recipient) const;
    /// Forgets a guild the bot left, with its channels, members, roles and bans.
    void remove_guild(Snowflake id);
    bool remove_channel(Snowflake id);

    // --- members --------------------------------------------------------------------------
    /// Member objects with nested user, ordered by user id.
    [[nodiscard]] std::vector<const boost::json::object*> members(Snowflake guild) const;
    [[nodiscard]] const boost::json::object* member(Snowflake guild, Snowflake user) const;
    [[nodiscard]] boost::json::object* member(Snowflake guild, Snowflake user);
    bool remove_member(Snowflake guild, Snowflake user);
    /// Adds a user who belongs to no guild (a provisional account); returns the stored object.
    boost::json::object& add_user(boost::json::object user);
    /// Adds a user to users and as a member of guild; returns the member object.
    boost::json::object& add_member(Snowflake guild, boost::json::object user);

    // --- roles ----------------------------------------------------------------------------
    /// Roles ordered by position then id.
    [[nodiscard]] std::vector<const boost::json::object*> roles(Snowflake guild) const;
    [[nodiscard]] const boost::json::object* role(Snowflake guild, Snowflake role) const;
    [[nodiscard]] boost::json::object* role(Snowflake guild, Snowflake role);
    boost::json::object& add_role(Snowflake guild, boost::json::object role);
    bool remove_role(Snowflake guild, Snowflake role);

    // --- bans -----------------------------------------------------------------------------
    [[nodiscard]] std::vector<const boost::json::object*> bans(Snowflake guild) const;
    [[nodiscard]] const boost::json::object* ban(Snowflake guild, Snowflake user) const;
    void add_ban(Snowflake guild, boost::json::object ban);
    bool remove_ban(Snowflake guild, Snowflake user);

    // --- messages -------------------------------------------------------------------------
    /// Messages of a channel, ordered by id (oldest first).
    [[nodiscard]] const std::map<Snowflake, boost::json::object>& messages(Snowflake channel) const;
    [[nodiscard]] const boost::json::object* message(Snowflake channel, Snowflake id) const;
    [[nodiscard]] boost::json::object* message(Snowflake channel, Snowflake id);
    boost::json::object& add_message(Snowflake channel, boost::json::object message);
    bool remove_message(Snowflake channel, Snowflake id);
    /// Reactions per message, keyed by the emoji's key ("name" or "name:id").
    [[nodiscard]] std::map<std::string, ReactionEntry>& reactions(Snowflake message);
    /// The "reactions" array of a message object as seen by the bot.
    [[nodiscard]] boost::json::array reaction_summary(Snowflake message) const;
    /// Pins of a channel, most recently pinned first.
    [[nodiscard]] std::vector<Pin>& pins(Snowflake channel);

    // --- application commands -------------------------------------------------------------
    /// Global commands when guild is nullopt; ordered by id.
    [[nodiscard]] std::vector<const boost::json::object*> commands(
        std::optional<Snowflake> guild) const;
    [[nodiscard]] boost::json::object* command(std::optional<Snowflake> guild, Snowflake id);
    boost::json::object& add_command(boost::json::object command);
    bool remove_command(std::optional<Snowflake> guild, Snowflake id);
    void clear_commands(std::optional<Snowflake> guild);

    // --- webhooks -------------------------------------------------------------------------
    [[nodiscard]] std::vector<const boost::json::object*> webhooks_of_channel(
        Snowflake channel) const;
    [[nodiscard]] boost::json::object* webhook(Snowflake id);
    boost::json::object& add_webhook(boost::json::object webhook);
    bool remove_webhook(Snowflake id);

    // --- interactions ---------------------------------------------------------------------
    /// Registers an interaction (id, token, channel, invoking user) so its callback and
    /// follow-ups resolve.
    void add_interaction(Snowflake id, std::string token, Snowflake channel, Snowflake user);
    /// The user who invoked the interaction of `token`, when the token is known.
    [[nodiscard]] std::optional<Snowflake> interaction_user(std::string_view token) const;
    /// The channel of an interaction token, when the token is known.
    [[nodiscard]] std::optional<Snowflake> interaction_channel(std::string_view token) const;
    /// The original response message id of an interaction token, once responded.
    [[nodiscard]] std::optional<Snowflake> interaction_original(std::string_view token) const;
    void set_interaction_original(std::string_view token, std::optional<Snowflake> message);
    [[nodiscard]] bool interaction_known(Snowflake id, std::string_view token) const;
    /// Marks the interaction answered; false when it already was (Discord answers 40060).
    bool mark_interaction_responded(Snowflake id);
    [[nodiscard]] bool interaction_responded(Snowflake id) const;

    // --- other kinds -----------------------------------------------------------------------
    /// A store per entity kind ("invites", "scheduled_events", ...) and owner (a guild, a
    /// channel, or 0 for the application), ordered by id. Route families that need no
    /// index beyond that keep their entities here instead of growing World.
    [[nodiscard]] std::map<Snowflake, boost::json::object>& entities(std::string_view kind,
                                                                     Snowflake owner = {});
    /// The store of a kind and owner if it exists (read-only; never creates one).
    [[nodiscard]] const std::map<Snowflake, boost::json::object>* find_entities(
        std::string_view kind, Snowflake owner = {}) const;
    /// Every owner that has a store of `kind`, with its store.
    [[nodiscard]] std::vector<std::pair<Snowflake, std::map<Snowflake, boost::json::object>*>>
    stores_of(std::string_view kind);

    // --- ids and time ---------------------------------------------------------------------
    /// A fresh, strictly increasing snowflake carrying the current time.
    Snowflake next_id();
    /// ISO 8601 with microseconds, as Discord writes timestamps.
    [[nodiscard]] static std::string iso_timestamp(Snowflake::TimePoint time);

  private:
    void generate(const WorldOptions& options);
    void load_fixture(const std::string& path);
    /// A deterministic id for generated entities, spaced in time from a fixed base.
    Snowflake generated_id();

    std::string token_;
    Snowflake bot_id_;
    Snowflake application_id_;
    boost::json::object application_;
    std::uint64_t rng_state_ = 0;
    std::uint64_t generated_ms_ = 0;
    std::uint64_t generated_counter_ = 0;
    std::uint64_t last_id_ = 0;

    std::map<Snowflake, boost::json::object> users_;
    std::map<Snowflake, boost::json::object> guilds_;  // without roles/members/channels
    std::map<Snowflake, boost::json::object> channels_;
    std::map<Snowflake, std::map<Snowflake, boost::json::object>> members_;
    std::map<Snowflake, std::map<Snowflake, boost::json::object>> roles_;
    std::map<Snowflake, std::map<Snowflake, boost::json::object>> bans_;
    std::map<Snowflake, std::map<Snowflake, boost::json::object>> messages_;
    std::map<Snowflake, std::map<std::string, ReactionEntry>> reactions_;
    std::map<Snowflake, std::vector<Pin>> pins_;
    std::map<Snowflake, boost::json::object> commands_;  // guild_id field tells the scope
    std::map<Snowflake, boost::json::object> webhooks_;
    struct Interaction {
        std::string token;
        Snowflake channel;
        bool responded = false;
        std::optional<Snowflake> original;
        Snowflake user;
    };
    std::map<Snowflake, Interaction> interactions_;
    std::map<std::pair<std::string, Snowflake>, std::map<Snowflake, boost::json::object>,
             std::less<>>
        entities_;
    static const std::map<Snowflake, boost::json::object> empty_messages_;
};

}  // namespace hikari::sandbox
