# Sourced by the benchmark scripts: a scratch folder ($work, removed on exit) and `twin` published
# into it as a user installs it (Release, ReadyToRun), so that start-up is measured as users meet it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "publishing twin (Release, ReadyToRun) ..." >&2
dotnet publish client/Twin.Cli -c Release -r linux-x64 --self-contained false -o "$work/twin" -v quiet -nologo >&2
twin="$work/twin/twin"
