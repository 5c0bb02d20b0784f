// Every JSON example of Discord's docs whose model exists must survive
// read -> write -> read. The examples are extracted by scripts/extract-doc-examples.py.
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/interaction.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/model.hpp>
#include <hikari/model/webhook.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace hikari;

const std::string data_dir = std::string(HIKARI_SOURCE_DIR) + "/tests/model/data/doc-examples/";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct Example {
    std::string file;
    std::string model;
    std::string heading;
};

std::vector<Example> manifest() {
    std::vector<Example> out;
    std::istringstream lines(read_file(data_dir + "manifest.tsv"));
    std::string line;
    while (std::getline(lines, line)) {
        const auto a = line.find('\t');
        const auto b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return out;
}

// Object keys of a JSON text (any depth), found lexically: good enough for the docs.
std::set<std::string> keys_of(const std::string& text) {
    std::set<std::string> keys;
    static const std::regex key(R"re("([A-Za-z0-9_]+)"\s*:)re");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), key);
         it != std::sregex_iterator(); ++it) {
        keys.insert((*it)[1].str());
    }
    return keys;
}

// Keys seen in examples that no model reads, collected across the run.
std::set<std::string>& dropped_keys() {
    static std::set<std::string> keys;
    return keys;
}

// Reads, writes, reads again and writes again; both models and both texts must match.
template <class T>
bool round_trip(const std::string& text) {
    const T first = from_json<T>(text);
    const std::string written = to_json(first);
    const std::set<std::string> kept = keys_of(written);
    for (const std::string& k : keys_of(text)) {
        if (!kept.contains(k)) dropped_keys().insert(k);
        if (!kept.contains(k) && std::getenv("HIKARI_DEBUG_KEYS"))
            std::cout << "dropped " << k << "\n";
    }
    const T second = from_json<T>(written);
    EXPECT_TRUE(first == second) << written;
    EXPECT_EQ(to_json(second), written);
    return true;
}

/// Returns false when the example turns out not to be of that model.
using Checker = std::function<bool(const std::string&)>;

// Model names guessed by the script -> the model that reads them.
const std::map<std::string, Checker>& checkers() {
    static const std::map<std::string, Checker> table = [] {
        std::map<std::string, Checker> t;
        for (const char* name : {"User", "MigratedUser"}) t[name] = round_trip<User>;
        t["GuildMember"] = round_trip<Member>;
        t["Role"] = round_trip<Role>;
        t["Guild"] = round_trip<Guild>;
        t["UnavailableGuild"] = round_trip<UnavailableGuild>;
        t["PartialGuild"] = round_trip<OwnGuild>;  // user.mdx, GET /users/@me/guilds
        t["ActivityInstance"] = round_trip<ActivityInstance>;
        t["WelcomeScreen"] = round_trip<WelcomeScreen>;
        for (const char* name :
             {"GuildTextChannel", "GuildAnnouncementChannel", "GuildVoiceChannel", "DMChannel",
              "GroupDMChannel", "ChannelCategory", "ThreadChannel"}) {
            t[name] = round_trip<Channel>;
        }
        for (const char* name : {"Message", "CrosspostedMessage"}) t[name] = round_trip<Message>;
        t["Sticker"] = round_trip<Sticker>;
        t["VoiceState"] = round_trip<VoiceState>;
        for (const char* name : {"EmojiExample", "StandardEmojiExample", "CustomEmojiExamples"}) {
            t[name] = round_trip<Emoji>;
        }
        t["Activity"] = round_trip<Activity>;
        t["Ban"] = round_trip<Ban>;
        for (const char* name : {"Invite", "InviteMetadata", "PartialInvite"}) {
            t[name] = round_trip<Invite>;
        }
        t["AutoModerationRule"] = round_trip<AutoModerationRule>;
        for (const char* name : {"EntitlementExample", "GetEntitlement"}) {
            t[name] = round_trip<Entitlement>;
        }
        t["GuildPreview"] = round_trip<GuildPreview>;
        t["Application"] = round_trip<Application>;
        t["GuildTemplate"] = round_trip<GuildTemplate>;
        t["StageInstance"] = round_trip<StageInstance>;
        for (const char* name : {"DefaultSoundboardSound", "GuildSoundboardSound"}) {
            t[name] = round_trip<SoundboardSound>;
        }
        for (const char* name :
             {"IncomingWebhook", "ChannelFollowerWebhook", "ApplicationWebhook"}) {
            t[name] = round_trip<Webhook>;
        }
        for (const char* name :
             {"SlashCommand", "UserCommand", "MessageCommand", "EntryPointCommand"}) {
            // Most are request bodies for creating a command: no id, no version.
            t[name] = [](const std::string& text) {
                if (text.find("\"version\"") == std::string::npos) return false;
                return round_trip<ApplicationCommand>(text);
            };
        }
        t["Interaction"] = round_trip<Interaction>;
        t["ActivityWithRichPresence"] = round_trip<Activity>;
        // Component pages show either one component or a message body holding some;
        // a message body reads as the partial message of a snapshot.
        for (const char* name : {"ActionRow",
                                 "Button",
                                 "StringSelect",
                                 "TextInput",
                                 "UserSelect",
                                 "RoleSelect",
                                 "MentionableSelect",
                                 "ChannelSelect",
                                 "Section",
                                 "TextDisplay",
                                 "Thumbnail",
                                 "MediaGallery",
                                 "File",
                                 "Separator",
                                 "Container",
                                 "Label",
                                 "FileUpload",
                                 "SendingAMessageWithAComponent",
                                 "SendingAMessageWithMultipleComponents",
                                 "NestingComponentsWithLayoutComponents"}) {
            t[name] = [](const std::string& text) {
                // Interaction payloads and modal responses shown on the same pages.
                if (text.find("\"data\"") != std::string::npos) return false;
                if (text.find("\"components\"") != std::string::npos &&
                    text.find("\"type\"") > text.find("\"components\"")) {
                    return round_trip<SnapshotMessage>(text);
                }
                return round_trip<Component>(text);
            };
        }
        return t;
    }();
    return table;
}

// Examples that do not match their documented model, with the reason they fail.
const std::map<std::string, std::string>& known_bad() {
    static const std::map<std::string, std::string> table = {
        // A placeholder user and no flags.
        {"resources-guild-6.json", "user.id: missing required field"},
        // Older than these (now always sent) fields.
        {"resources-guild-1.json", "nsfw_level: missing required field"},
        {"resources-voice-1.json", "self_video: missing required field"},
        // A partial interaction (no application_id) shown for its data.
        {"interactions-application-commands-3.json", "application_id: missing required field"},
        // Show only some fields of an invite (a vanity code, the metadata part).
        {"resources-guild-13.json", "type: missing required field"},
        {"resources-invite-2.json", "type: missing required field"},
    };
    return table;
}

TEST(DocExamples, ManifestIsPresent) {
    EXPECT_GT(manifest().size(), 100U);
}

TEST(DocExamples, EveryImplementedModelRoundTrips) {
    std::size_t checked = 0, skipped = 0;
    std::set<std::string> unmapped;
    for (const Example& example : manifest()) {
        const auto checker = checkers().find(example.model);
        if (checker == checkers().end()) {
            ++skipped;
            unmapped.insert(example.model);
            continue;
        }
        const std::string text = read_file(data_dir + example.file);
        ASSERT_FALSE(text.empty()) << example.file;
        SCOPED_TRACE(example.file + " (" + example.heading + ")");
        if (std::getenv("HIKARI_DEBUG_KEYS")) std::cout << "== " << example.file << "\n";
        const auto bad = known_bad().find(example.file);
        if (bad != known_bad().end()) {
            try {
                checker->second(text);
                ADD_FAILURE() << "listed as failing but parses now";
            } catch (const JsonError& e) {
                EXPECT_EQ(std::string(e.what()), bad->second);
            }
            continue;
        }
        try {
            if (checker->second(text)) {
                ++checked;
            } else {
                ++skipped;
            }
        } catch (const JsonError& e) {
            ADD_FAILURE() << e.what();
        }
    }
    std::cout << "checked " << checked << " doc examples; " << skipped
              << " have no model here yet\n";
    EXPECT_GE(checked, 35U);
    // Fields deliberately not modelled: `is_pending`, a member field older interaction
    // examples still show that the member object no longer documents (`pending` replaced it).
    const std::set<std::string> not_modelled{"is_pending"};
    std::string dropped;
    for (const std::string& k : dropped_keys()) {
        if (!not_modelled.contains(k)) dropped += k + " ";
    }
    EXPECT_EQ(dropped, "") << "keys read by no model";
}

}  // namespace
