<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Fleetdeck::Cli</name>
    <message numerus="yes">
        <source>The audit chain holds: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit chain holds: %n row checked.</numerusform>
            <numerusform>The audit chain holds: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); key &apos;%1&apos; skipped.</source>
        <translation>
            <numerusform>No answer within %n second; key &apos;%1&apos; skipped.</numerusform>
            <numerusform>No answer within %n seconds; key &apos;%1&apos; skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n thread(s)</source>
        <translation>
            <numerusform>%1, %n thread</numerusform>
            <numerusform>%1, %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latency at batch %1 over %n timed run(s) after %2 warm-up run(s), %3:</source>
        <translation>
            <numerusform>Latency at batch %1 over %n timed run after %2 warm-up run, %3:</numerusform>
            <numerusform>Latency at batch %1 over %n timed runs after %2 warm-up runs, %3:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Transport</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the node is up and reachable.</source>
        <translation>
            <numerusform>No answer from %1 within %n second. Check that the node is up and reachable.</numerusform>
            <numerusform>No answer from %1 within %n seconds. Check that the node is up and reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering: nothing received for %n second(s). The node or the network path to it is down.</source>
        <translation>
            <numerusform>%1 stopped answering: nothing received for %n second. The node or the network path to it is down.</numerusform>
            <numerusform>%1 stopped answering: nothing received for %n seconds. The node or the network path to it is down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it stopped answering: nothing received for %n second(s).</source>
        <translation>
            <numerusform>it stopped answering: nothing received for %n second.</numerusform>
            <numerusform>it stopped answering: nothing received for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Ui</name>
    <message numerus="yes">
        <source>Demo fleet: %n node(s) added</source>
        <translation>
            <numerusform>Demo fleet: %n node added</numerusform>
            <numerusform>Demo fleet: %n nodes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n node(s)</source>
        <translation>
            <numerusform>Showing %1 of %n node</numerusform>
            <numerusform>Showing %1 of %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s) from the inventory? Their history stays in the audit log.</source>
        <translation>
            <numerusform>Remove %n node from the inventory? Their history stays in the audit log.</numerusform>
            <numerusform>Remove %n nodes from the inventory? Their history stays in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit chain is intact: %n row checked.</numerusform>
            <numerusform>The audit chain is intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)…</source>
        <translation>
            <numerusform>Connecting to %n node…</numerusform>
            <numerusform>Connecting to %n nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n node(s)</source>
        <translation>
            <numerusform>Disconnecting %n node</numerusform>
            <numerusform>Disconnecting %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed run(s) at batch %5)</source>
        <translation>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed run at batch %5)</numerusform>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed runs at batch %5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n value(s) off</source>
        <translation>
            <numerusform>Failed: %n value off</numerusform>
            <numerusform>Failed: %n values off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %n</source>
        <translation>
            <numerusform>%1 × %n</numerusform>
            <numerusform>%1 × %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device: %1, %n thread(s)</source>
        <translation>
            <numerusform>Device: %1, %n thread</numerusform>
            <numerusform>Device: %1, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Validation</name>
    <message numerus="yes">
        <source>%1: %n node(s) (%2): %3</source>
        <translation>
            <numerusform>%1: %n node (%2): %3</numerusform>
            <numerusform>%1: %n nodes (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: input %2 holds %n NaN or infinite value(s); outputs may be NaN too.</source>
        <translation>
            <numerusform>%1: input %2 holds %n NaN or infinite value; outputs may be NaN too.</numerusform>
            <numerusform>%1: input %2 holds %n NaN or infinite values; outputs may be NaN too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated: the CPU engine does not support %n node(s).</source>
        <translation>
            <numerusform>The model cannot be validated: the CPU engine does not support %n node.</numerusform>
            <numerusform>The model cannot be validated: the CPU engine does not support %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 stopped after %n run(s): it reached the time limit for one batch size.</source>
        <translation>
            <numerusform>Batch %1 stopped after %n run: it reached the time limit for one batch size.</numerusform>
            <numerusform>Batch %1 stopped after %n runs: it reached the time limit for one batch size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outputs were not compared with the CPU reference engine: it cannot run %n node(s) of the model (%1).</source>
        <translation>
            <numerusform>The outputs were not compared with the CPU reference engine: it cannot run %n node of the model (%1).</numerusform>
            <numerusform>The outputs were not compared with the CPU reference engine: it cannot run %n nodes of the model (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No GPU was used: the %1 engine cannot run %n node(s) of this model (%2). The CPU reference engine ran the model.</source>
        <translation>
            <numerusform>No GPU was used: the %1 engine cannot run %n node of this model (%2). The CPU reference engine ran the model.</numerusform>
            <numerusform>No GPU was used: the %1 engine cannot run %n nodes of this model (%2). The CPU reference engine ran the model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated on the GPU: the %1 engine does not support %n node(s).</source>
        <translation>
            <numerusform>The model cannot be validated on the GPU: the %1 engine does not support %n node.</numerusform>
            <numerusform>The model cannot be validated on the GPU: the %1 engine does not support %n nodes.</numerusform>
        </translation>
    </message>
</context>
</TS>
