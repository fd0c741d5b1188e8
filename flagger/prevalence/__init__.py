"""Prevalence analysis for researchers: how common each indicator is in a program's notes.

``flagger prevalence`` / ``flagger sample`` on the command line; as a library::

    from flagger.prevalence.run import prevalence_analysis, write_outputs
    analysis = prevalence_analysis("results.jsonl", by=["site"])   # small cells already withheld
    write_outputs(analysis, Path("prevalence/"), source_name="results.jsonl")

Modules: ``stats`` (intervals, Rogan-Gladen / Lang-Reiczigel, tests, phi and
lift), ``readers`` (batch outputs), ``validation`` (where sensitivity and
specificity come from; the labelled-sample format), ``analysis`` (the tables),
``suppression`` (small cells), ``tables`` / ``report`` / ``figures`` (outputs),
``sampling`` (validation samples), ``run`` (end to end), ``cli`` (commands).
"""
